using ReportBuilder.Conformance.Content;
using ReportBuilder.Conformance.Fonts;

namespace ReportBuilder.Conformance.Rules;

/// <summary>
/// Words must not run together where a line wraps. Assistive technology reads an element's text in content order, without
/// the page's geometry, so "cohort of" broken after "of" must still hold a space: the line's own trailing space, or one
/// starting the next line (ISO 32000-1 14.8.2.5, identifying word breaks). A line ending in a hyphen or dash, or a soft
/// hyphen, continues the word and is fine.
/// </summary>
internal static class LineWrapRules
{
    private const string Continuations = "-\u00AD\u2010\u2011\u2013\u2014/";

    public static IEnumerable<ConformanceFailure> Check(IReadOnlyList<TextShow> text)
    {
        var decoder = new TextDecoder();
        var perPage = new Dictionary<int, (ConformanceFailure First, int Count)>();
        foreach (var element in text.Where(t => t.Element is not null).GroupBy(t => t.Element!.Value))
        {
            TextShow? previous = null;
            string? previousText = null;
            foreach (var show in element.OrderBy(t => t.Page).ThenBy(t => t.Sequence))
            {
                var current = decoder.Decode(show);
                if (string.IsNullOrEmpty(current)) continue;
                if (previous is not null && previousText is not null && IsNewLine(previous, show)
                    && !char.IsWhiteSpace(previousText[^1]) && !Continuations.Contains(previousText[^1]) && !char.IsWhiteSpace(current[0]))
                {
                    var tail = previousText.Length > 20 ? previousText[^20..] : previousText;
                    var head = current.Length > 20 ? current[..20] : current;
                    var failure = new ConformanceFailure(Checkpoints.WordsRunTogether, show.Page, show.Where,
                        $"no space where the line wraps, so the element's text reads \"\u2026{tail}{head}\u2026\"");
                    perPage[show.Page] = perPage.TryGetValue(show.Page, out var seen) ? (seen.First, seen.Count + 1) : (failure, 1);
                }
                previous = show;
                previousText = current;
            }
        }
        return perPage.OrderBy(p => p.Key).Select(p => p.Value.Count == 1
            ? p.Value.First
            : p.Value.First with { Message = $"{p.Value.First.Message} (first of {p.Value.Count} line wraps on this page)" });
    }

    /// <summary>A new line: a later page, or a baseline moved by most of a line (a superscript's small shift is not one).</summary>
    private static bool IsNewLine(TextShow previous, TextShow current) =>
        current.Page != previous.Page || Math.Abs(current.LineY - previous.LineY) >= 0.8 * Math.Max(1, Math.Min(previous.FontSize, current.FontSize));
}
