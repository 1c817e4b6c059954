using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace ReportBuilder.Pdf.Output;

/// <summary>
/// Gives every subset CID font a /CIDSet, which PDF/A-1 requires (ISO 19005-1 §6.3.5) and PDFsharp
/// does not write.
/// </summary>
/// <remarks>
/// Which glyphs a subset holds is only known once PDFsharp saves, so a zero-filled stream of fixed
/// length is attached to each font descriptor before saving (<see cref="Reserve"/>) and its bits are
/// set afterwards from the font's /W array, which lists every glyph used (<see cref="Fill"/>). The
/// length does not change, so no offset moves. CIDs equal glyph ids (/CIDToGIDMap /Identity).
/// </remarks>
static partial class CidSets
{
    [GeneratedRegex(@"/Subtype/CIDFontType2[^\n]*?/FontDescriptor (\d+) 0 R[^\n]*?/W\[((?:\d+\[[^\]]*\]|\d+ \d+ \d+|\s)*)\]")]
    private static partial Regex CidFont();

    [GeneratedRegex(@"(\d+)\[([^\]]*)\]|(\d+) (\d+) (\d+)")]
    private static partial Regex WidthEntry();

    /// <summary>Attaches a zeroed /CIDSet of <paramref name="glyphCount"/> bits to every font descriptor.</summary>
    public static void Reserve(PdfDocument doc, int glyphCount)
    {
        var length = (glyphCount + 7) / 8;
        foreach (var obj in doc.Internals.GetAllObjects())
        {
            if (obj is not PdfDictionary dict || dict.Elements.GetName("/Type") != "/FontDescriptor" || dict.Elements.ContainsKey("/CIDSet"))
                continue;
            var set = new PdfDictionary(doc);
            set.CreateStream(new byte[length]);
            doc.Internals.AddObject(set);
            dict.Elements.SetReference("/CIDSet", set);
        }
    }

    /// <summary>Sets the bits of each reserved /CIDSet from the glyphs its font uses.</summary>
    /// <remarks><paramref name="text"/> is <paramref name="pdf"/> read as Latin-1 (the caller's, shared by its steps).</remarks>
    public static void Fill(byte[] pdf, string text)
    {
        foreach (Match font in CidFont().Matches(text))
        {
            var descriptor = font.Groups[1].Value;
            var descriptorAt = text.IndexOf($"\n{descriptor} 0 obj", StringComparison.Ordinal);
            var setRef = Regex.Match(text[descriptorAt..Math.Min(text.Length, descriptorAt + 2000)], @"/CIDSet (\d+) 0 R");
            if (!setRef.Success) continue;
            var setAt = text.IndexOf($"\n{setRef.Groups[1].Value} 0 obj", StringComparison.Ordinal);
            var header = Regex.Match(text[setAt..], @"^\n\d+ 0 obj\s*<<[^>]*/Length (\d+)[^>]*>>\r?\nstream\r?\n");
            if (!header.Success || header.Value.Contains("/Filter", StringComparison.Ordinal))
                throw new InvalidOperationException("A reserved /CIDSet stream is not where it should be, or was compressed.");
            var start = setAt + header.Length;
            var length = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
            foreach (var cid in UsedCids(font.Groups[2].Value))
            {
                if (cid / 8 >= length)
                    throw new InvalidOperationException($"Glyph {cid} lies beyond the reserved /CIDSet of {length} bytes.");
                pdf[start + cid / 8] |= (byte)(0x80 >> (cid % 8));
            }
        }
    }

    static IEnumerable<int> UsedCids(string w)
    {
        foreach (Match e in WidthEntry().Matches(w))
        {
            if (e.Groups[1].Success)
            {
                var first = int.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture);
                var count = e.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                for (var i = 0; i < count; i++) yield return first + i;
            }
            else
            {
                var first = int.Parse(e.Groups[3].Value, CultureInfo.InvariantCulture);
                var last = int.Parse(e.Groups[4].Value, CultureInfo.InvariantCulture);
                for (var c = first; c <= last; c++) yield return c;
            }
        }
    }

    /// <summary>The number of glyphs in a TrueType/OpenType file (its maxp table).</summary>
    public static int GlyphCount(byte[] font)
    {
        int U16(int at) => (font[at] << 8) | font[at + 1];
        var tables = U16(4);
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + i * 16;
            if (font[record] == 'm' && font[record + 1] == 'a' && font[record + 2] == 'x' && font[record + 3] == 'p')
            {
                var offset = (font[record + 8] << 24) | (font[record + 9] << 16) | (font[record + 10] << 8) | font[record + 11];
                return U16(offset + 4);
            }
        }
        throw new InvalidDataException("The font has no maxp table.");
    }
}
