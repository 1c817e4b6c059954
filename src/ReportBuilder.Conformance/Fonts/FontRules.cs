using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using ReportBuilder.Conformance.Content;
using ReportBuilder.Conformance.Reading;

namespace ReportBuilder.Conformance.Fonts;

/// <summary>
/// Fonts that show text must be embedded (31-009) and map every code they show to Unicode: through a ToUnicode CMap,
/// or, for a non-symbolic simple font, through a standard encoding (31-027); no code may map to nothing or U+FFFD (10-001).
/// </summary>
internal static partial class FontRules
{
    private static readonly HashSet<string> StandardEncodings = ["WinAnsiEncoding", "MacRomanEncoding", "StandardEncoding"];

    /// <summary>WinAnsiEncoding's codes 0x80-0x9F (0 where undefined); the other codes are Latin-1.</summary>
    internal static readonly char[] WinAnsiHigh =
    [
        '\u20AC', '\0', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017D', '\0',
        '\0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\0', '\u017E', '\u0178',
    ];

    /// <summary>Codes WinAnsiEncoding leaves undefined.</summary>
    private static readonly HashSet<byte> WinAnsiUndefined = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

    public static IEnumerable<ConformanceFailure> Check(IReadOnlyList<TextShow> text)
    {
        var failures = new List<ConformanceFailure>();
        var fonts = new Dictionary<PdfDictionary, FontInfo>(ReferenceEqualityComparer.Instance);
        foreach (var show in text)
        {
            if (show.Font is null)
            {
                failures.Add(new(Checkpoints.FontNotEmbedded, show.Page, show.Where, $"text uses font /{show.FontResource}, which the resources do not define"));
                continue;
            }
            if (!fonts.TryGetValue(show.Font, out var info))
            {
                info = FontInfo.Read(show.Font);
                fonts[show.Font] = info;
            }
            var fontLabel = $"font /{show.FontResource} {info.BaseFont} ({Pdf.Id(show.Font)})";
            // Rendering mode 3 is invisible text: exempt from embedding (ISO 14289-1 7.21.4.1), but it still must extract.
            if (show.RenderMode != 3 && !info.Embedded && info.ReportedEmbedding.Add(show.Page))
                failures.Add(new(Checkpoints.FontNotEmbedded, show.Page, fontLabel, $"the {info.Subtype} font program is not embedded (no FontFile, FontFile2 or FontFile3)"));

            if (info.ToUnicode is { } cmap)
            {
                foreach (var code in Codes(show.Codes, info.CodeLength))
                {
                    if (!cmap.TryGet(code, out var unicode))
                        Report(failures, info, show, code, "has no ToUnicode entry");
                    else if (unicode.Length == 0 || unicode.Contains('\uFFFD') || unicode.Contains('\0') || unicode.Contains('\uFEFF') || unicode.Contains('\uFFFE'))
                        Report(failures, info, show, code, $"maps to an unusable value ({string.Join(" ", unicode.Select(c => $"U+{(int)c:X4}"))})");
                }
            }
            else if (info.StandardEncoding is { } encoding)
            {
                foreach (var code in show.Codes)
                {
                    if (encoding == "WinAnsiEncoding" && WinAnsiUndefined.Contains(code) && !info.Differences.ContainsKey(code))
                        Report(failures, info, show, code, "is undefined in WinAnsiEncoding and the font has no ToUnicode");
                    else if (info.Differences.TryGetValue(code, out var glyph) && !IsMappableGlyphName(glyph))
                        Report(failures, info, show, code, $"is mapped by /Differences to glyph /{glyph}, a name with no Unicode meaning, and the font has no ToUnicode");
                }
            }
            else if (info.ReportedUnicode.Add(show.Page))
            {
                failures.Add(new(Checkpoints.FontNoUnicodeMechanism, show.Page, fontLabel, info.Subtype == "Type0"
                    ? "a composite (Type0) font with no ToUnicode CMap: its character codes cannot be mapped to Unicode"
                    : $"no ToUnicode CMap, and {(info.Symbolic ? "the font is symbolic" : "its encoding is not WinAnsi, MacRoman or Standard")}, so its codes cannot be mapped to Unicode"));
            }
        }
        return failures;
    }

    private static void Report(List<ConformanceFailure> failures, FontInfo info, TextShow show, uint code, string problem)
    {
        if (!info.ReportedCodes.Add((show.Page, code))) return;
        failures.Add(new(Checkpoints.NoUnicode, show.Page, $"{show.Where}, font /{show.FontResource} ({Pdf.Id(show.Font)})",
            $"character code 0x{code.ToString(info.CodeLength == 1 ? "X2" : "X4")} {problem}, so the text does not extract"));
    }

    internal static IEnumerable<uint> Codes(byte[] bytes, int length)
    {
        for (var i = 0; i + length <= bytes.Length; i += length)
        {
            uint code = 0;
            for (var j = 0; j < length; j++) code = (code << 8) | bytes[i + j];
            yield return code;
        }
    }

    private static bool IsMappableGlyphName(string name) => name != ".notdef" && !OpaqueGlyphName().IsMatch(name);

    [GeneratedRegex(@"^(g|glyph|cid|index|G)?\d+$")]
    private static partial Regex OpaqueGlyphName();

    internal sealed class FontInfo
    {
        public string Subtype = "";
        public string BaseFont = "";
        public bool Embedded;
        public bool Symbolic;
        public ToUnicodeCMap? ToUnicode;
        public int CodeLength = 1;
        public string? StandardEncoding;
        public Dictionary<byte, string> Differences = [];
        public HashSet<int> ReportedEmbedding = [];
        public HashSet<int> ReportedUnicode = [];
        public HashSet<(int, uint)> ReportedCodes = [];

        public static FontInfo Read(PdfDictionary font)
        {
            var info = new FontInfo
            {
                Subtype = Pdf.Name(font, "/Subtype") ?? "?",
                BaseFont = Pdf.Name(font, "/BaseFont") ?? "(no BaseFont)",
            };
            var descriptorOwner = info.Subtype == "Type0"
                ? Pdf.Elements(Pdf.Array(font, "/DescendantFonts")).OfType<PdfDictionary>().FirstOrDefault()
                : font;
            var descriptor = Pdf.Dict(descriptorOwner, "/FontDescriptor");
            info.Embedded = info.Subtype == "Type3"
                || (descriptor is not null && (Pdf.Get(descriptor, "/FontFile") ?? Pdf.Get(descriptor, "/FontFile2") ?? Pdf.Get(descriptor, "/FontFile3")) is PdfDictionary);
            info.Symbolic = ((Pdf.Int(descriptor, "/Flags") ?? 0) & 4) != 0;
            if (info.Subtype == "Type0") info.CodeLength = 2;
            if (Pdf.Dict(font, "/ToUnicode") is { } toUnicode)
            {
                info.ToUnicode = ToUnicodeCMap.Parse(Pdf.StreamBytes(toUnicode));
                if (info.Subtype == "Type0") info.CodeLength = info.ToUnicode.CodeLength;
            }
            else if (info.Subtype != "Type0" && !info.Symbolic)
            {
                switch (Pdf.Get(font, "/Encoding"))
                {
                    case PdfName name when StandardEncodings.Contains(name.Value.TrimStart('/')):
                        info.StandardEncoding = name.Value.TrimStart('/');
                        break;
                    case PdfDictionary encoding:
                        var baseEncoding = Pdf.Name(encoding, "/BaseEncoding") ?? "StandardEncoding";
                        if (StandardEncodings.Contains(baseEncoding)) info.StandardEncoding = baseEncoding;
                        ReadDifferences(Pdf.Array(encoding, "/Differences"), info.Differences);
                        break;
                }
            }
            return info;
        }

        private static void ReadDifferences(PdfArray? differences, Dictionary<byte, string> into)
        {
            var code = 0;
            foreach (var item in Pdf.Elements(differences))
            {
                if (Pdf.Int(item) is { } start) code = start;
                else if (item is PdfName glyph && code is >= 0 and <= 255) into[(byte)code++] = glyph.Value.TrimStart('/');
            }
        }
    }
}
