using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = ReportBuilder.Core.Diagnostics.SourceSpan;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Dialect;
using ReportBuilder.Dialect.Features.Footnotes;
using ReportBuilder.Dialect.Features.Headings;
using ReportBuilder.Dialect.Features.Quotes;
using ReportBuilder.Dialect.Features.RawHtml;
using ReportBuilder.Dialect.Features.Narrative;
using ReportBuilder.Dialect.Features.RatingBox;
using ReportBuilder.Dialect.Features.RatingLabel;
using ReportBuilder.Dialect.Features.SurveyChart;
using ReportBuilder.Dialect.Features.SurveyQuotes;
using ReportBuilder.Templating.Scriban.Model;

namespace ReportBuilder.Templating.Markdown;

/// <summary>
/// What the templates can get wrong in the Markdown they write, which Markdig does not report: a footnote reference
/// without a definition (Markdig leaves it as text), a definition nobody cites, raw HTML (which the PDF drops),
/// unknown containers, containers naming things the report does not have, and narrative blocks naming no text.
/// The narrative pieces the templates place were validated with the report folder (Data), so each of their mistakes
/// is reported once, by <c>check</c>, <c>build</c> and <c>draft</c> alike; here they get only
/// <see cref="CheckNarrativePiece"/>, for what only the report's full pipeline can see.
/// </summary>
public static partial class MarkdownChecks
{
    private static readonly HashSet<string> KnownContainers =
    [
        "cover", "inside-cover", "contents", "rating-box", "key-questions", "ratings-table", "survey-chart", "survey-quotes",
        "page-break", "keep-together", "keep-with-next", "narrative",
    ];

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex FootnoteReference();

    [GeneratedRegex(@"^ {0,3}\[\^([^\]\s]+)\]:")]
    private static partial Regex FootnoteDefinition();

    /// <param name="text">The Markdown the document was parsed from (for definitions Markdig drops when nothing cites them).</param>
    public static void Check(MarkdownDocument document, MarkdownOrigin origin, Core.Model.Survey? survey, DiagnosticBag diagnostics, string? text = null)
    {
        CheckFootnotes(document, origin, diagnostics, text);
        FootnoteCycleRule.Check(document, origin, diagnostics);
        RawHtmlRule.Check(document, origin, diagnostics);
        QuoteNestingRule.Check(document, origin, diagnostics);
        HeadingLengthRule.Check(document, origin, diagnostics);
        CheckRatingKeys(document, origin, diagnostics);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case SurveyChartBlock chart when survey is null:
                    diagnostics.Error(origin.SpanOf(chart), DiagnosticCodes.OutputSurveyChartWithoutSurvey, $"':::survey-chart' but the report has no survey.yaml{origin.Describe(chart)}.");
                    break;
                case SurveyQuotesBlock quotes when survey?.Group(quotes.GroupName) is null:
                    diagnostics.Error(origin.SpanOf(quotes), DiagnosticCodes.OutputUnknownQuoteGroup, survey is null
                        ? $"':::survey-quotes {quotes.GroupName}' but the report has no survey.yaml{origin.Describe(quotes)}."
                        : $"Unknown quote group '{quotes.GroupName}'{Suggestions.DidYouMean(quotes.GroupName, survey.Quotes.Select(q => q.Name))}; survey.yaml has {string.Join(", ", survey.Quotes.Select(q => q.Name))}{origin.Describe(quotes)}.");
                    break;
                case CustomContainer container when container.GetType() == typeof(CustomContainer):
                    var name = container.Info ?? "";
                    diagnostics.Warning(origin.SpanOf(container), DiagnosticCodes.OutputUnknownContainer,
                        $"Unknown container ':::{name}'{Suggestions.DidYouMean(name, KnownContainers)}; its content is printed as plain blocks{origin.Describe(container)}.");
                    break;
            }
        }
    }

    /// <summary>
    /// A reference without a definition stays text ("[^x]"), split by Markdig into several literals: look for it in
    /// each block's text, and report it at the line of the literal where it starts.
    /// </summary>
    private static void CheckFootnotes(MarkdownDocument document, MarkdownOrigin origin, DiagnosticBag diagnostics, string? text)
    {
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null) continue;
            // The block's text, soft breaks as newlines, so a match's line is the block's line plus the breaks before it.
            var sb = new System.Text.StringBuilder();
            foreach (var inline in leaf.Inline.Descendants<Inline>())
            {
                if (inline is LiteralInline literal) sb.Append(literal.Content.ToString());
                else if (inline is LineBreakInline) sb.Append('\n');
            }
            var blockText = sb.ToString();
            foreach (Match m in FootnoteReference().Matches(blockText))
            {
                var line = leaf.Line + blockText.AsSpan(0, m.Index).Count('\n');
                diagnostics.Error(new SourceSpan(origin.File, origin.LineOffset + line + 1, 1), DiagnosticCodes.OutputFootnoteWithoutDefinition,
                    $"Footnote [^{m.Groups[1].Value}] has no definition: add a line '[^{m.Groups[1].Value}]: text' to the same file{origin.DescribeLine(line)}.");
            }
        }
        if (text is null) return;
        var cited = document.Descendants<FootnoteLink>().Select(l => (l.Footnote.Label ?? "").TrimStart('^')).ToHashSet(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (FootnoteDefinition().Match(lines[i]) is { Success: true } d && !cited.Contains(d.Groups[1].Value))
                diagnostics.Warning(new SourceSpan(origin.File, origin.LineOffset + i + 1, 1), DiagnosticCodes.OutputFootnoteWithoutReference,
                    $"Footnote [^{d.Groups[1].Value}] is defined but never cited; it is not printed{origin.DescribeLine(i)}.");
    }

    /// <summary>
    /// A narrative piece the templates place: only what the report-folder validation cannot see, because it needs the
    /// report's own pipeline (rating labels, <c>::Good::{.rating .rating-good}</c>).
    /// </summary>
    public static void CheckNarrativePiece(MarkdownDocument document, MarkdownOrigin origin, DiagnosticBag diagnostics) =>
        CheckRatingKeys(document, origin, diagnostics);

    /// <summary>A rating box or label whose key is no rating's.</summary>
    private static void CheckRatingKeys(MarkdownDocument document, MarkdownOrigin origin, DiagnosticBag diagnostics)
    {
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case RatingBoxBlock box when ReportModel.FromKey(box.RatingKey) is null:
                    diagnostics.Error(origin.SpanOf(box), DiagnosticCodes.UnknownRatingKey, $"Unknown rating '{box.RatingKey}' in :::rating-box: expected outstanding, good, requires-improvement or inadequate{origin.Describe(box)}.");
                    break;
                // "Not rated" is a label (the ratings table prints it) but never a box: a not-rated standard has none.
                case RatingLabelInline label when ReportModel.FromKey(label.RatingKey) is null && label.RatingKey != ReportModel.NotRatedKey:
                    diagnostics.Error(origin.SpanOf(label), DiagnosticCodes.UnknownRatingKey, $"Unknown rating '{label.RatingKey}': expected outstanding, good, requires-improvement or inadequate{origin.Describe(label)}.");
                    break;
            }
        }
    }

    /// <summary>A narrative block naming a piece that does not exist is a template bug.</summary>
    public static void CheckNarratives(MarkdownDocument document, MarkdownOrigin origin, NarrativeDocuments pieces, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<NarrativeBlock>())
            if (!pieces.ContainsKey(block.Key))
                diagnostics.Error(origin.SpanOf(block), DiagnosticCodes.UnknownNarrative, $"':::narrative {block.Key}' names no narrative text; use report.narrative in templates{origin.Describe(block)}.");
    }
}
