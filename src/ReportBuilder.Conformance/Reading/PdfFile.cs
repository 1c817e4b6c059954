using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace ReportBuilder.Conformance.Reading;

/// <summary>An opened PDF with the lookups every rule needs: catalog, pages by object, 1-based page numbers.</summary>
internal sealed class PdfFile
{
    // Keyed by object id: PDFsharp may hand out a different wrapper object for the same page dictionary.
    private readonly Dictionary<PdfObjectID, int> pageNumbers = [];

    public PdfFile(PdfDocument document, byte[] bytes)
    {
        Document = document;
        Bytes = bytes;
        for (var i = 0; i < document.PageCount; i++)
        {
            if (document.Pages[i].Reference is { } reference) pageNumbers[reference.ObjectID] = i + 1;
        }
    }

    public PdfDocument Document { get; }

    /// <summary>The raw file, for the text-extraction cross-check with PdfPig.</summary>
    public byte[] Bytes { get; }

    public PdfCatalog Catalog => Document.Internals.Catalog;

    public IEnumerable<(int Number, PdfPage Page)> Pages =>
        Enumerable.Range(0, Document.PageCount).Select(i => (i + 1, Document.Pages[i]));

    /// <summary>The 1-based number of a page dictionary (from a /Pg entry), or null if it is not one of the pages.</summary>
    public int? PageNumber(PdfItem? page) =>
        Pdf.Resolve(page) is PdfObject { Reference: { } reference } && pageNumbers.TryGetValue(reference.ObjectID, out var n) ? n : null;

    public static PdfFile Open(byte[] bytes)
    {
        // Import mode: read everything, change nothing.
        var document = PdfReader.Open(new MemoryStream(bytes, writable: false), PdfDocumentOpenMode.Import);
        return new PdfFile(document, bytes);
    }
}
