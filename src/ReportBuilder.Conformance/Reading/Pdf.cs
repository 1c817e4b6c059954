using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace ReportBuilder.Conformance.Reading;

/// <summary>Small, null-tolerant accessors over PDFsharp's object model: a checker must survive the very files it condemns.</summary>
internal static class Pdf
{
    public static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    public static PdfItem? Get(PdfDictionary? dict, string key) => dict is null ? null : Resolve(dict.Elements[key]);

    public static PdfDictionary? Dict(PdfDictionary? dict, string key) => Get(dict, key) as PdfDictionary;

    public static PdfArray? Array(PdfDictionary? dict, string key) => Get(dict, key) as PdfArray;

    /// <summary>A name without its slash ("H1" for /H1), or null when the entry is missing or not a name.</summary>
    public static string? Name(PdfDictionary? dict, string key) => Get(dict, key) is PdfName name ? name.Value.TrimStart('/') : null;

    public static string? Text(PdfDictionary? dict, string key) => Get(dict, key) switch
    {
        PdfString s => s.Value,
        PdfName n => n.Value.TrimStart('/'),
        _ => null,
    };

    public static bool? Bool(PdfDictionary? dict, string key) => Get(dict, key) is PdfBoolean b ? b.Value : null;

    public static int? Int(PdfItem? item) => Resolve(item) switch
    {
        PdfInteger i => i.Value,
        PdfLongInteger l => (int)l.Value,
        PdfReal r when r.Value == Math.Floor(r.Value) => (int)r.Value,
        _ => null,
    };

    public static int? Int(PdfDictionary? dict, string key) => Int(Get(dict, key));

    /// <summary>The items of an entry that may be one object or an array of them (K, A, Annots...).</summary>
    public static IEnumerable<PdfItem> OneOrMany(PdfItem? item)
    {
        switch (Resolve(item))
        {
            case null: yield break;
            case PdfArray array:
                foreach (var element in array.Elements) yield return Resolve(element)!;
                break;
            case var single: yield return single; break;
        }
    }

    public static IEnumerable<PdfItem> Elements(PdfArray? array) =>
        array is null ? [] : array.Elements.Select(e => Resolve(e)!).Where(e => e is not null);

    /// <summary>"obj 12 0" for an indirect object, "direct object" otherwise.</summary>
    public static string Id(PdfObject? obj) =>
        obj?.Reference is { } reference ? $"obj {reference.ObjectNumber} {reference.GenerationNumber}" : "direct object";

    /// <summary>The decoded bytes of a stream object (filters undone), or empty when there is none.</summary>
    public static byte[] StreamBytes(PdfDictionary? dict)
    {
        if (dict?.Stream is not { } stream) return [];
        return stream.UnfilteredValue ?? [];
    }
}
