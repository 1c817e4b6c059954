using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportBuilder.Conformance.Fonts;

/// <summary>The code-to-Unicode mappings of a ToUnicode CMap (bfchar and bfrange), enough to decide whether text extracts.</summary>
internal sealed partial class ToUnicodeCMap
{
    private readonly Dictionary<uint, string> map = [];

    /// <summary>Bytes per character code, from the codespace range (1 for simple fonts, 2 for Identity-H).</summary>
    public int CodeLength { get; private set; } = 1;

    public bool TryGet(uint code, out string unicode) => map.TryGetValue(code, out unicode!);

    public static ToUnicodeCMap Parse(byte[] stream)
    {
        var text = Encoding.Latin1.GetString(stream);
        var cmap = new ToUnicodeCMap();
        var codespace = CodespacePattern().Match(text);
        if (codespace.Success) cmap.CodeLength = Math.Max(1, codespace.Groups[1].Value.Length / 2);

        foreach (Match block in BfCharBlock().Matches(text))
        {
            var hex = HexPattern().Matches(block.Groups[1].Value).Select(m => m.Groups[1].Value).ToList();
            for (var i = 0; i + 1 < hex.Count; i += 2) cmap.map[ParseCode(hex[i])] = Utf16(hex[i + 1]);
        }
        foreach (Match block in BfRangeBlock().Matches(text))
        {
            foreach (Match range in RangePattern().Matches(block.Groups[1].Value))
            {
                var low = ParseCode(range.Groups[1].Value);
                var high = ParseCode(range.Groups[2].Value);
                if (high < low || high - low > 0xFFFF) continue;
                if (range.Groups[3].Success)
                {
                    // <lo> <hi> <dst>: consecutive codes map to consecutive values of dst's last UTF-16 unit.
                    var start = Utf16(range.Groups[3].Value);
                    for (var code = low; code <= high; code++)
                    {
                        var offset = (int)(code - low);
                        cmap.map[code] = start.Length == 0 ? "" : start[..^1] + (char)(start[^1] + offset);
                    }
                }
                else
                {
                    var targets = HexPattern().Matches(range.Groups[4].Value).Select(m => Utf16(m.Groups[1].Value)).ToList();
                    for (var code = low; code <= high && (int)(code - low) < targets.Count; code++) cmap.map[code] = targets[(int)(code - low)];
                }
            }
        }
        return cmap;
    }

    private static uint ParseCode(string hex)
    {
        hex = Compact(hex);
        return hex.Length == 0 ? 0 : uint.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }

    /// <summary>A destination string: UTF-16BE code units, four hex digits each (two digits tolerated for one byte).</summary>
    private static string Utf16(string hex)
    {
        hex = Compact(hex);
        if (hex.Length == 2) return ((char)byte.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString();
        var text = new StringBuilder();
        for (var i = 0; i + 4 <= hex.Length; i += 4)
            text.Append((char)ushort.Parse(hex.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        return text.ToString();
    }

    private static string Compact(string hex) => string.Concat(hex.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"begincodespacerange\s*<([0-9A-Fa-f]*)>", RegexOptions.Singleline)]
    private static partial Regex CodespacePattern();

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfCharBlock();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRangeBlock();

    [GeneratedRegex(@"<([0-9A-Fa-f\s]*)>")]
    private static partial Regex HexPattern();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]*)>|\[((?:\s*<[0-9A-Fa-f]*>)*)\s*\])")]
    private static partial Regex RangePattern();
}
