using System.Text;
using PdfSharp.Pdf;
using ReportBuilder.Conformance.Content;

namespace ReportBuilder.Conformance.Fonts;

/// <summary>Turns shown bytes into Unicode the way a text extractor would: ToUnicode first, else WinAnsi for simple fonts.</summary>
internal sealed class TextDecoder
{
    private readonly Dictionary<PdfDictionary, FontRules.FontInfo> fonts = new(ReferenceEqualityComparer.Instance);

    /// <summary>The text, or null when some code cannot be decoded (10-001 and 31-027 report that).</summary>
    public string? Decode(TextShow show)
    {
        if (show.Font is null) return null;
        if (!fonts.TryGetValue(show.Font, out var info)) fonts[show.Font] = info = FontRules.FontInfo.Read(show.Font);
        var text = new StringBuilder();
        foreach (var code in FontRules.Codes(show.Codes, info.CodeLength))
        {
            if (info.ToUnicode is { } cmap)
            {
                if (!cmap.TryGet(code, out var unicode)) return null;
                text.Append(unicode);
            }
            else if (info.StandardEncoding == "WinAnsiEncoding" && !info.Differences.ContainsKey((byte)code))
            {
                var c = code is >= 0x80 and <= 0x9F ? FontRules.WinAnsiHigh[code - 0x80] : (char)code;
                if (c == '\0') return null;
                text.Append(c);
            }
            else
            {
                return null; // MacRoman, Standard or Differences: not needed for our output, so not decoded
            }
        }
        return text.ToString();
    }
}
