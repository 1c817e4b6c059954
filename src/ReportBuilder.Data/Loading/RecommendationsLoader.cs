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
        var list = (ListBlock)blocks[listIndex];
        if (!list.IsOrdered)
        {
            diagnostics.Error(facts.SpanOf(list), DiagnosticCodes.NoRecommendationList,
                "the recommendations must be a numbered list ('1. …'), not bullets");
            return null;
        }
        if (listIndex == 0 || blocks[listIndex - 1] is not ParagraphBlock leadIn)
        {
            diagnostics.Error(facts.SpanOf(list), DiagnosticCodes.NoLeadIn,
                "the numbered list needs a lead-in paragraph before it (for example 'Lincolnshire Youth Offending Service should:')");
            return null;
        }
        foreach (var extra in blocks.Skip(listIndex + 1))
            diagnostics.Error(facts.SpanOf(extra), DiagnosticCodes.ExtraRecommendationContent,
                "nothing may follow the numbered list of recommendations (a second list or paragraph would not be printed)");

        var text = source.Text;
        string Slice(Block b) => text.Substring(b.Span.Start, Math.Min(text.Length, b.Span.End + 1) - b.Span.Start);
        var introduction = listIndex >= 2 ? text.Substring(0, Math.Min(text.Length, blocks[listIndex - 2].Span.End + 1)).Trim() : "";
        var items = new List<string>();
        foreach (var block in list)
        {
            var item = (ListItemBlock)block;
            var raw = item.Count == 0 ? "" : Marker().Replace(Slice(item), "");
            items.Add(string.Join(' ', raw.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        }

        if (CountWord().Match(introduction) is { Success: true } m)
        {
            var word = m.Groups[1].Value.ToLowerInvariant();
            var stated = Array.IndexOf(Numbers, word);
            if (stated < 0 && int.TryParse(word, out var digits)) stated = digits;
            if (stated >= 0 && stated != items.Count)
                diagnostics.Warning(new SourceSpan(file, source.FileLine(LineOf(text, m.Index)), ColumnOf(text, m.Index)),
                    DiagnosticCodes.RecommendationCountWord,
                    $"the text says '{m.Value}' but the list has {items.Count}");
        }
        return new Recommendations(source, introduction, Slice(leadIn).Trim(), items);
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static int ColumnOf(string text, int index) => index - text.LastIndexOf('\n', Math.Max(0, index - 1));

    [GeneratedRegex(@"^\s*\d+[.)]\s*")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\b(\w+) recommendations?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountWord();
}
