using System.Text;
using System.Xml;
using System.Xml.Linq;
using ReportBuilder.Conformance.Reading;

namespace ReportBuilder.Conformance.Metadata;

/// <summary>
/// What a PDF's XMP metadata claims about itself: its dc:title and its PDF/UA and PDF/A identification.
/// Reading only: tests of the writer can use it to assert that the claims were written.
/// </summary>
/// <param name="DcTitle">The first dc:title value, or null.</param>
/// <param name="PdfUaPart">pdfuaid:part (1 for PDF/UA-1), or null when absent.</param>
/// <param name="PdfAPart">pdfaid:part (1, 2, 3...), or null when absent.</param>
/// <param name="PdfAConformance">pdfaid:conformance (A, B, U), or null when absent.</param>
public sealed record XmpIdentification(string? DcTitle, int? PdfUaPart, int? PdfAPart, string? PdfAConformance)
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";
    private static readonly XNamespace PdfAId = "http://www.aiim.org/pdfa/ns/id/";

    /// <summary>Reads the catalog's metadata stream of the PDF at <paramref name="path"/>; null when it has none.</summary>
    public static XmpIdentification? FromPdf(string path) => FromPdf(File.ReadAllBytes(path));

    public static XmpIdentification? FromPdf(byte[] pdf)
    {
        var file = PdfFile.Open(pdf);
        return Pdf.Dict(file.Catalog, "/Metadata") is { } metadata ? FromXml(Pdf.StreamBytes(metadata)) : null;
    }

    /// <summary>Parses an XMP packet. Throws <see cref="XmlException"/> when it is not well-formed XML.</summary>
    public static XmpIdentification FromXml(byte[] xmp)
    {
        var document = XDocument.Parse(Encoding.UTF8.GetString(xmp).TrimStart('\uFEFF'));
        var descriptions = document.Descendants(Rdf + "Description").ToList();

        // XMP allows both forms: <pdfuaid:part>1</pdfuaid:part> and <rdf:Description pdfuaid:part="1">.
        string? Property(XName name) =>
            descriptions.Select(d => (string?)d.Element(name) ?? (string?)d.Attribute(name)).FirstOrDefault(v => v is not null)?.Trim();

        var title = document.Descendants(Dc + "title").Descendants(Rdf + "li").Select(li => li.Value).FirstOrDefault()
            ?? document.Descendants(Dc + "title").Select(t => t.Value).FirstOrDefault();
        return new XmpIdentification(
            title,
            int.TryParse(Property(PdfUaId + "part"), out var ua) ? ua : null,
            int.TryParse(Property(PdfAId + "part"), out var a) ? a : null,
            Property(PdfAId + "conformance"));
    }
}
