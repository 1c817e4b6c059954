using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace ReportBuilder.Conformance.Tests.Fixtures;

/// <summary>Makes broken variants of the good fixture: open it with PdfReader, change one thing, save (and re-add pdfuaid).</summary>
internal static class Broken
{
    private static readonly Lazy<byte[]> GoodBytes = new(() => GoodTaggedPdf.Build());

    public static byte[] Good => GoodBytes.Value;

    public static byte[] Mutate(Action<PdfDocument> change, bool addPdfUaIdentifier = true)
    {
        using var input = new MemoryStream(Good, writable: false);
        var doc = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        change(doc);
        using var output = new MemoryStream();
        doc.Save(output, false);
        return addPdfUaIdentifier ? XmpEditor.AddPdfUaIdentifier(output.ToArray()) : output.ToArray();
    }

    public static PdfDictionary Catalog(PdfDocument doc) => doc.Internals.Catalog;

    public static PdfDictionary StructTreeRoot(PdfDocument doc) => Catalog(doc).Elements.GetDictionary("/StructTreeRoot")!;

    /// <summary>The structure elements in document order.</summary>
    public static IEnumerable<PdfDictionary> Elements(PdfDocument doc)
    {
        var stack = new Stack<PdfDictionary>();
        foreach (var kid in Kids(StructTreeRoot(doc)).Reverse()) stack.Push(kid);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            foreach (var kid in Kids(element).Reverse()) stack.Push(kid);
        }
    }

    public static PdfDictionary Element(PdfDocument doc, string type, int index = 0) =>
        Elements(doc).Where(e => e.Elements.GetName("/S") == "/" + type).ElementAt(index);

    private static IEnumerable<PdfDictionary> Kids(PdfDictionary element)
    {
        var k = element.Elements["/K"];
        if (k is PdfReference r) k = r.Value;
        IEnumerable<PdfItem> items = k is PdfArray array ? array.Elements : k is null ? [] : [k];
        foreach (var item in items)
        {
            var value = item is PdfReference reference ? reference.Value : item;
            if (value is PdfDictionary dict && dict.Elements.GetName("/Type") is not ("/MCR" or "/OBJR")) yield return dict;
        }
    }

    /// <summary>Replaces a page's content with an edited, uncompressed copy of it.</summary>
    public static void EditContent(PdfDocument doc, int pageIndex, Func<string, string> change)
    {
        var page = doc.Pages[pageIndex];
        var old = Resolve(page.Elements["/Contents"]) ?? throw new InvalidOperationException("page has no single content stream");
        var text = Encoding.Latin1.GetString(old.Stream.UnfilteredValue);
        var edited = change(text);
        if (edited == text) throw new InvalidOperationException("the content edit changed nothing: the fixture no longer has what the test expects");
        // A new stream object: PDFsharp keeps its own idea of an opened page's content otherwise.
        var content = new PdfDictionary(doc);
        content.CreateStream(Encoding.Latin1.GetBytes(edited));
        doc.Internals.AddObject(content);
        page.Elements["/Contents"] = content.Reference;
    }

    /// <summary>Replaces a stream's data with uncompressed bytes.</summary>
    public static void SetStream(PdfDictionary stream, string text)
    {
        stream.Stream.Value = Encoding.Latin1.GetBytes(text);
        stream.Elements.Remove("/Filter");
        stream.Elements.Remove("/DecodeParms");
    }

    public static PdfDictionary? Resolve(PdfItem? item) => (item is PdfReference r ? r.Value : item) as PdfDictionary;

    /// <summary>Fonts of a page's resources by resource name.</summary>
    public static IEnumerable<(string Name, PdfDictionary Font)> PageFonts(PdfDocument doc, int pageIndex)
    {
        var fonts = doc.Pages[pageIndex].Resources.Elements.GetDictionary("/Font")!;
        foreach (var key in fonts.Elements.Keys) yield return (key, Resolve(fonts.Elements[key])!);
    }

    public static PdfDictionary Descriptor(PdfDictionary font)
    {
        var owner = font.Elements.GetName("/Subtype") == "/Type0" ? Resolve(font.Elements.GetArray("/DescendantFonts")!.Elements[0])! : font;
        return owner.Elements.GetDictionary("/FontDescriptor")!;
    }

    public static PdfArray Annotations(PdfDocument doc, int pageIndex) => doc.Pages[pageIndex].Elements.GetArray("/Annots")!;

    /// <summary>Same-length byte edit outside any stream (e.g. renaming a key), which leaves every xref offset valid.</summary>
    public static byte[] ReplaceSameLength(byte[] pdf, string find, string replacement)
    {
        if (find.Length != replacement.Length) throw new ArgumentException("lengths differ");
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{find}' not found");
        return Encoding.Latin1.GetBytes(text[..at] + replacement + text[(at + find.Length)..]);
    }
}
