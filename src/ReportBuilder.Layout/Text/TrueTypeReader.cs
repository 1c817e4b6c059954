using System.Buffers.Binary;
using System.Text;

namespace ReportBuilder.Layout.Text;

/// <summary>What layout needs from a TrueType/OpenType file, read once from its tables.</summary>
/// <remarks>
/// Vertical metrics come from <c>hhea</c> (what PDF writers and Skia use for line spacing);
/// advances from <c>hmtx</c> through <c>cmap</c> (formats 4 and 12); kerning pairs from a format-0
/// horizontal <c>kern</c> subtable (not GPOS, whose class-based pairs need a shaper). Lengths are in em units
/// (divided by <c>unitsPerEm</c>), so a width in points is advance × font size.
/// </remarks>
public sealed class FontMetrics
{
    public required string PostScriptName { get; init; }
    public required string FamilyName { get; init; }
    public required string SubfamilyName { get; init; }
    public required int UnitsPerEm { get; init; }
    public required double Ascent { get; init; }
    /// <summary>Positive distance below the baseline.</summary>
    public required double Descent { get; init; }
    public required double LineGap { get; init; }
    public required double CapHeight { get; init; }
    public required int Weight { get; init; }
    public required bool IsItalic { get; init; }
    public required double UnderlinePosition { get; init; }
    public required double UnderlineThickness { get; init; }

    /// <summary>Advance in em of each BMP character, NaN where the font has no glyph.</summary>
    internal float[] BmpAdvances { get; init; } = [];
    /// <summary>Advances of characters beyond the BMP (sorted for deterministic enumeration).</summary>
    internal SortedDictionary<int, float> SupplementaryAdvances { get; init; } = new();

    /// <summary>Kerning pairs from the <c>kern</c> table, in em, by the two characters (see <see cref="Kerning"/>).</summary>
    internal Dictionary<long, float> KerningPairs { get; init; } = [];

    public bool IsBold => Weight >= 600;

    /// <summary>The adjustment in em between <paramref name="left"/> and <paramref name="right"/> (0 for no pair): usually negative.</summary>
    public double Kerning(int left, int right) =>
        KerningPairs.Count > 0 && KerningPairs.TryGetValue(PairKey(left, right), out var k) ? k : 0;

    internal static long PairKey(int left, int right) => ((long)left << 21) | (uint)right;

    /// <summary>Ascent + descent + line gap, in em: the font's natural line spacing.</summary>
    public double LineSpacing => Ascent + Descent + LineGap;

    public bool HasGlyph(int codePoint) => !double.IsNaN(Advance(codePoint));

    /// <summary>Advance of <paramref name="codePoint"/> in em, NaN when the font lacks it.</summary>
    public double Advance(int codePoint)
    {
        if ((uint)codePoint < 0x10000) return BmpAdvances[codePoint];
        return SupplementaryAdvances.TryGetValue(codePoint, out var a) ? a : double.NaN;
    }
}

/// <summary>A small reader of the TrueType tables layout needs (head, hhea, hmtx, maxp, cmap, OS/2, name, post).</summary>
public static class TrueTypeReader
{
    /// <exception cref="InvalidDataException">The bytes are not a TrueType/OpenType font, naming <paramref name="source"/>.</exception>
    public static FontMetrics Read(byte[] data, string source)
    {
        try { return ReadCore(data, source); }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            throw new InvalidDataException($"{source}: the font file is truncated or damaged ({e.Message}).", e);
        }
    }

    private static FontMetrics ReadCore(byte[] data, string source)
    {
        var span = data.AsSpan();
        if (data.Length < 12) throw new InvalidDataException($"{source}: not a font file (too short).");
        uint version = U32(span, 0);
        if (version is not (0x00010000 or 0x74727565 or 0x4F54544F))
            throw new InvalidDataException($"{source}: not a TrueType/OpenType font (expected version 0x00010000, 'true' or 'OTTO').");
        int numTables = U16(span, 4);
        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        for (int i = 0; i < numTables; i++)
        {
            int rec = 12 + i * 16;
            string tag = Encoding.ASCII.GetString(data, rec, 4);
            tables[tag] = ((int)U32(span, rec + 8), (int)U32(span, rec + 12));
        }
        (int Offset, int Length) Table(string tag) => tables.TryGetValue(tag, out var t)
            ? t : throw new InvalidDataException($"{source}: the font has no '{tag}' table.");

        var head = Table("head");
        int unitsPerEm = U16(span, head.Offset + 18);
        int macStyle = U16(span, head.Offset + 44);
        double em = unitsPerEm;

        var hhea = Table("hhea");
        short ascender = I16(span, hhea.Offset + 4), descender = I16(span, hhea.Offset + 6), lineGap = I16(span, hhea.Offset + 8);
        int numberOfHMetrics = U16(span, hhea.Offset + 34);

        var hmtx = Table("hmtx");
        var advancesByGlyph = new ushort[numberOfHMetrics];
        for (int g = 0; g < numberOfHMetrics; g++) advancesByGlyph[g] = U16(span, hmtx.Offset + g * 4);

        int weight = (macStyle & 1) != 0 ? 700 : 400;
        bool italic = (macStyle & 2) != 0;
        double capHeight = ascender * 0.7;
        if (tables.TryGetValue("OS/2", out var os2))
        {
            int os2Version = U16(span, os2.Offset);
            weight = U16(span, os2.Offset + 4);
            int fsSelection = U16(span, os2.Offset + 62);
            italic = (fsSelection & 1) != 0;
            if (os2Version >= 2 && os2.Length >= 90) capHeight = I16(span, os2.Offset + 88);
        }

        double underlinePos = -0.1 * em, underlineThick = 0.05 * em;
        if (tables.TryGetValue("post", out var post))
        {
            underlinePos = I16(span, post.Offset + 8);
            underlineThick = I16(span, post.Offset + 10);
        }

        var names = ReadNames(data, tables.TryGetValue("name", out var nameTable) ? nameTable : default);
        string family = names.GetValueOrDefault(16) ?? names.GetValueOrDefault(1) ?? Path.GetFileNameWithoutExtension(source);
        string subfamily = names.GetValueOrDefault(17) ?? names.GetValueOrDefault(2) ?? "Regular";
        string postScript = names.GetValueOrDefault(6) ?? family.Replace(" ", "") + "-" + subfamily.Replace(" ", "");

        var bmp = new float[0x10000];
        Array.Fill(bmp, float.NaN);
        var supplementary = new SortedDictionary<int, float>();
        var charsOfGlyph = new Dictionary<int, List<int>>();
        void Map(int codePoint, int glyph)
        {
            if (glyph == 0) return;
            if (!charsOfGlyph.TryGetValue(glyph, out var chars)) charsOfGlyph[glyph] = chars = [];
            chars.Add(codePoint);
            int index = Math.Min(glyph, numberOfHMetrics - 1);
            float advance = (float)(advancesByGlyph[index] / em);
            if (codePoint < 0x10000) bmp[codePoint] = advance; else supplementary[codePoint] = advance;
        }
        ReadCmap(span, Table("cmap").Offset, Map, source);
        var kerning = tables.TryGetValue("kern", out var kern) ? ReadKerning(span, kern, charsOfGlyph, em, source) : [];

        return new FontMetrics
        {
            PostScriptName = postScript, FamilyName = family, SubfamilyName = subfamily, UnitsPerEm = unitsPerEm,
            Ascent = ascender / em, Descent = -descender / em, LineGap = lineGap / em, CapHeight = capHeight / em,
            Weight = weight, IsItalic = italic, UnderlinePosition = -underlinePos / em, UnderlineThickness = underlineThick / em,
            BmpAdvances = bmp, SupplementaryAdvances = supplementary, KerningPairs = kerning,
        };
    }

    /// <summary>The pairs of the first horizontal format-0 subtable of a version-0 <c>kern</c> table, by character.</summary>
    private static Dictionary<long, float> ReadKerning(ReadOnlySpan<byte> span, (int Offset, int Length) kern, Dictionary<int, List<int>> charsOfGlyph, double em, string source)
    {
        var pairs = new Dictionary<long, float>();
        if (kern.Length < 4 || U16(span, kern.Offset) != 0) return pairs; // Apple's version-1 table is not read
        int count = U16(span, kern.Offset + 2), at = kern.Offset + 4;
        for (int t = 0; t < count; t++)
        {
            int length = U16(span, at + 2), coverage = U16(span, at + 4);
            // Format 0, horizontal, neither minimum values nor cross-stream.
            if (coverage >> 8 == 0 && (coverage & 0x7) == 1)
            {
                int n = U16(span, at + 6);
                // Checked against the table, not the file: pairs read past its end would be other tables' bytes, silently.
                if (at + 14 + n * 6 > kern.Offset + kern.Length)
                    throw new InvalidDataException($"{source}: the font's 'kern' table is damaged: it lists {n} pairs, more than its {kern.Length} bytes hold.");
                for (int i = 0; i < n; i++)
                {
                    int p = at + 14 + i * 6;
                    if (!charsOfGlyph.TryGetValue(U16(span, p), out var lefts) || !charsOfGlyph.TryGetValue(U16(span, p + 2), out var rights)) continue;
                    float value = (float)(I16(span, p + 4) / em);
                    foreach (var l in lefts)
                        foreach (var r in rights) pairs[FontMetrics.PairKey(l, r)] = value;
                }
                return pairs;
            }
            at += length;
        }
        return pairs;
    }

    private static void ReadCmap(ReadOnlySpan<byte> span, int cmap, Action<int, int> map, string source)
    {
        int count = U16(span, cmap + 2);
        int best4 = -1, best12 = -1;
        for (int i = 0; i < count; i++)
        {
            int rec = cmap + 4 + i * 8;
            int platform = U16(span, rec), encoding = U16(span, rec + 2);
            int offset = cmap + (int)U32(span, rec + 4);
            int format = U16(span, offset);
            bool unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (!unicode) continue;
            if (format == 12 && best12 < 0) best12 = offset;
            if (format == 4 && best4 < 0) best4 = offset;
        }
        if (best12 >= 0) { ReadFormat12(span, best12, map); return; }
        if (best4 >= 0) { ReadFormat4(span, best4, map); return; }
        throw new InvalidDataException($"{source}: the font has no Unicode cmap subtable of format 4 or 12.");
    }

    private static void ReadFormat4(ReadOnlySpan<byte> span, int t, Action<int, int> map)
    {
        int segCount = U16(span, t + 6) / 2;
        int ends = t + 14, starts = ends + segCount * 2 + 2, deltas = starts + segCount * 2, rangeOffsets = deltas + segCount * 2;
        for (int s = 0; s < segCount; s++)
        {
            int end = U16(span, ends + s * 2), start = U16(span, starts + s * 2);
            short delta = I16(span, deltas + s * 2);
            int rangeOffsetPos = rangeOffsets + s * 2;
            int rangeOffset = U16(span, rangeOffsetPos);
            if (start == 0xFFFF) continue;
            for (int c = start; c <= end; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    int glyphPos = rangeOffsetPos + rangeOffset + (c - start) * 2;
                    glyph = U16(span, glyphPos);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                map(c, glyph);
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> span, int t, Action<int, int> map)
    {
        uint groups = U32(span, t + 12);
        for (uint g = 0; g < groups; g++)
        {
            int rec = t + 16 + (int)g * 12;
            uint start = U32(span, rec), end = U32(span, rec + 4), glyph = U32(span, rec + 8);
            for (uint c = start; c <= end && c <= 0x10FFFF; c++) map((int)c, (int)(glyph + (c - start)));
        }
    }

    private static Dictionary<int, string> ReadNames(byte[] data, (int Offset, int Length) table)
    {
        var result = new Dictionary<int, string>();
        if (table.Length == 0) return result;
        var span = data.AsSpan();
        int count = U16(span, table.Offset + 2), strings = table.Offset + U16(span, table.Offset + 4);
        // Windows English names first, then any Unicode/Mac name for what is still missing.
        for (int pass = 0; pass < 2; pass++)
            for (int i = 0; i < count; i++)
            {
                int rec = table.Offset + 6 + i * 12;
                int platform = U16(span, rec), encoding = U16(span, rec + 2), language = U16(span, rec + 4), id = U16(span, rec + 6);
                int length = U16(span, rec + 8), offset = U16(span, rec + 10);
                if (result.ContainsKey(id)) continue;
                bool preferred = platform == 3 && encoding is 0 or 1 && language == 0x409;
                if (pass == 0 && !preferred) continue;
                string value = platform is 0 or 3
                    ? Encoding.BigEndianUnicode.GetString(data, strings + offset, length)
                    : Encoding.Latin1.GetString(data, strings + offset, length);
                result[id] = value;
            }
        return result;
    }

    private static ushort U16(ReadOnlySpan<byte> s, int o) => BinaryPrimitives.ReadUInt16BigEndian(s.Slice(o, 2));
    private static short I16(ReadOnlySpan<byte> s, int o) => BinaryPrimitives.ReadInt16BigEndian(s.Slice(o, 2));
    private static uint U32(ReadOnlySpan<byte> s, int o) => BinaryPrimitives.ReadUInt32BigEndian(s.Slice(o, 4));
}
