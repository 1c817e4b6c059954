using System.Text;
using System.Text.RegularExpressions;

namespace ReportBuilder.Cli.Tests.EndToEnd;

/// <summary>
/// Finding expected text in extracted text: both sides folded the same way (spaces, quotes, the space a line
/// break leaves after a hyphen), compared without regard to case (the reference's OCR lost some capitals).
/// </summary>
public static partial class TextMatch
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=\w-) (?=\w)")]
    private static partial Regex SpaceAfterHyphen();

    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
            sb.Append(ch switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u00A0' => ' ',
                _ => ch,
            });
        var s = Spaces().Replace(sb.ToString().Replace("\u00AD", ""), " ").Trim();
        return SpaceAfterHyphen().Replace(s, "");
    }

    /// <summary>
    /// The extracted text folded for searching, with a map from each folded character back to the original position.
    /// </summary>
    public sealed class Haystack
    {
        public Haystack(string text)
        {
            var sb = new StringBuilder(text.Length);
            var map = new List<int>(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                // Drop the space a line break leaves after a hyphen ("well- informed" reads "well-informed").
                if (text[i] == ' ' && i > 0 && i + 1 < text.Length && text[i - 1] == '-' && char.IsLetterOrDigit(text[i + 1])
                    && i > 1 && char.IsLetterOrDigit(text[i - 2])) continue;
                sb.Append(char.ToLowerInvariant(text[i]));
                map.Add(i);
            }
            Folded = sb.ToString();
            Map = map;
        }

        public string Folded { get; }
        public IReadOnlyList<int> Map { get; }

        /// <summary>The position (in the original text) of <paramref name="needle"/> at or after <paramref name="from"/>, or -1.</summary>
        public (int Start, int End) Find(string needle, int from)
        {
            var n = Normalise(needle).ToLowerInvariant();
            var foldedFrom = LowerBound(from);
            var at = Folded.IndexOf(n, foldedFrom, StringComparison.Ordinal);
            return at < 0 ? (-1, -1) : (Map[at], Map[at + n.Length - 1] + 1);
        }

        private int LowerBound(int position)
        {
            int lo = 0, hi = Map.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (Map[mid] < position) lo = mid + 1; else hi = mid;
            }
            return lo;
        }
    }
}
