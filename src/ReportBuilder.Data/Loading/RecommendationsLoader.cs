using System.Text.RegularExpressions;
using Markdig.Syntax;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Data.Validation;
using SourceSpan = ReportBuilder.Core.Diagnostics.SourceSpan;

namespace ReportBuilder.Data.Loading;

/// <summary>
/// Reads <c>recommendations.md</c>: paragraphs, the lead-in paragraph ("… should:"), one numbered list. Checks that a
/// number written in the introduction ("we have made four recommendations") matches the list.
/// </summary>
internal static partial class RecommendationsLoader
{
    private static readonly string[] Numbers =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    public static Recommendations? Load(MarkdownFacts facts, DiagnosticBag diagnostics)
    {
        var source = facts.Source;
        var file = source.File;
        var blocks = facts.Document.ToList();
        var listIndex = blocks.FindIndex(b => b is ListBlock);
        if (listIndex < 0)
        {
            diagnostics.Error(SourceSpan.StartOf(file), DiagnosticCodes.NoRecommendationList,
                "no recommendations: expected a numbered list ('1. …' lines) after the lead-in sentence");
            return null;
        }
        if (listIndex == 0 || blocks[listIndex - 1] is not ParagraphBlock)
        {
            diagnostics.Error(facts.SpanOf(blocks[listIndex]), DiagnosticCodes.NoLeadIn,
                "the numbered list needs a lead-in paragraph before it (for example 'Lincolnshire Youth Offending Service should:')");
            return null;
        }

        var text = source.Text;
        string Slice(Block b) => text.Substring(b.Span.Start, Math.Min(text.Length, b.Span.End + 1) - b.Span.Start);
        var introduction = listIndex >= 2 ? text.Substring(0, Math.Min(text.Length, blocks[listIndex - 2].Span.End + 1)).Trim() : "";

        // After the introduction: pairs of (lead-in paragraph, numbered list), numbering running on.
        var groups = new List<RecommendationGroup>();
        var next = 1;
        for (var i = listIndex - 1; i < blocks.Count; i += 2)
        {
            if (blocks[i] is not ParagraphBlock leadIn || i + 1 >= blocks.Count || blocks[i + 1] is not ListBlock list)
            {
                diagnostics.Error(facts.SpanOf(blocks[i]), DiagnosticCodes.ExtraRecommendationContent,
                    "after the first list, only a lead-in paragraph followed by a numbered list may come (this would not be printed)");
                break;
            }
            if (!list.IsOrdered)
            {
                diagnostics.Error(facts.SpanOf(list), DiagnosticCodes.NoRecommendationList,
                    "the recommendations must be a numbered list ('1. …'), not bullets");
                return null;
            }
            var first = int.TryParse(list.OrderedStart, out var start) ? start : 1;
            if (first != next)
                diagnostics.Error(facts.SpanOf(list), DiagnosticCodes.NoRecommendationList,
                    $"this list starts at {first} but should start at {next}: numbering runs on from the list before");
            var items = new List<string>();
            foreach (var block in list)
            {
                var item = (ListItemBlock)block;
                var raw = item.Count == 0 ? "" : Marker().Replace(Slice(item), "");
                items.Add(string.Join(' ', raw.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
            }
            groups.Add(new RecommendationGroup(Slice(leadIn).Trim(), next, items));
            next += items.Count;
        }
        var count = next - 1;

        if (CountWord().Match(introduction) is { Success: true } m)
        {
            var word = m.Groups[1].Value.ToLowerInvariant();
            var stated = Array.IndexOf(Numbers, word);
            if (stated < 0 && int.TryParse(word, out var digits)) stated = digits;
            if (stated >= 0 && stated != count)
                diagnostics.Warning(new SourceSpan(file, source.FileLine(LineOf(text, m.Index)), ColumnOf(text, m.Index)),
                    DiagnosticCodes.RecommendationCountWord,
                    $"the text says '{m.Value}' but the list has {count}");
        }
        return new Recommendations(source, introduction, groups);
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static int ColumnOf(string text, int index) => index - text.LastIndexOf('\n', Math.Max(0, index - 1));

    [GeneratedRegex(@"^\s*\d+[.)]\s*")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\b(\w+) recommendations?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountWord();
}
