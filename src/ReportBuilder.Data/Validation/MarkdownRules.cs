using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Links;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Dialect.Features.Containers;
using ReportBuilder.Dialect.Features.Footnotes;
using ReportBuilder.Dialect.Features.Headings;
using ReportBuilder.Dialect.Features.Quotes;
using ReportBuilder.Dialect.Features.RatingLabel;
using ReportBuilder.Dialect.Features.RawHtml;
using ReportBuilder.Dialect.Features.SurveyChart;
using ReportBuilder.Dialect.Features.SurveyQuotes;
using SourceSpan = ReportBuilder.Core.Diagnostics.SourceSpan;

namespace ReportBuilder.Data.Validation;

/// <summary>The rules every Markdown file of a report folder follows, and those of a standard's findings.</summary>
internal static class MarkdownRules
{
    public const string Strengths = "Strengths";
    public const string AreasForImprovement = "Areas for improvement";
    private static readonly string[] FindingHeadings = [Strengths, AreasForImprovement];

    /// <summary>
    /// Footnotes paired and not citing themselves, no empty bullet, no raw HTML, quotes the page can hold, headings of heading length, rating labels with a rating's key, containers known and naming existing
    /// quote groups (the dialect's rules, <c>ReportBuilder.Dialect.Features</c>, which check the templates' output too),
    /// links and attributes. This is the one validation of a report folder's Markdown: the templating stage does not
    /// check the narrative pieces again, so <c>check</c>, <c>build</c> and <c>draft</c> report each mistake once, alike.
    /// </summary>
    public static void CheckCommon(MarkdownFacts facts, Survey? survey, bool hasSurveyFile, DiagnosticBag diagnostics)
    {
        RawHtmlRule.Check(facts.Document, facts.Origin, diagnostics);
        FootnoteCycleRule.Check(facts.Document, facts.Origin, diagnostics);
        QuoteNestingRule.Check(facts.Document, facts.Origin, diagnostics);
        HeadingLengthRule.Check(facts.Document, facts.Origin, diagnostics);
        // The facts are parsed with the dialect's pipeline, so its rating labels are nodes here as in the editions.
        RatingLabelKeyRule.Check(facts.Document, facts.Origin, diagnostics);
        foreach (var item in facts.EmptyListItems)
            diagnostics.Error(item, DiagnosticCodes.EmptyList, "empty bullet: write the finding after the '-', or delete the line");

        FootnotePairingRule.Check(facts.Document, facts.Source.Text, facts.Origin, diagnostics);

        CheckLinks(facts, diagnostics);
        CheckAttributes(facts, diagnostics);

        UnknownContainerRule.Check(facts.Document, facts.Origin, ContainerNames.InNarrativeText, diagnostics);
        // Without survey.yaml there is nothing to place; with one that could not be read, its own error says enough.
        if (survey is not null || !hasSurveyFile)
        {
            SurveyChartRule.Check(facts.Document, facts.Origin, survey, diagnostics);
            SurveyQuotesRule.Check(facts.Document, facts.Origin, survey, diagnostics);
        }
    }

    /// <summary>
    /// Every link whose target <see cref="LinkPolicy"/> refuses is printed as its text in both editions; say so once,
    /// at the link, so that both <c>check</c> and <c>build</c> report it.
    /// </summary>
    private static void CheckLinks(MarkdownFacts facts, DiagnosticBag diagnostics)
    {
        foreach (var inline in facts.Document.Descendants<Inline>())
        {
            var url = inline switch
            {
                LinkInline { IsImage: false } link => link.Url ?? "",
                AutolinkInline auto => auto.IsEmail ? "mailto:" + auto.Url : auto.Url,
                _ => null,
            };
            if (url is null || LinkPolicy.Judge(url) is not { Allowed: false } refused) continue;
            diagnostics.Warning(facts.SpanOf(inline), DiagnosticCodes.LinkNotAllowed,
                $"the link to '{Shorten(refused.Target)}' is printed as text, not linked: {refused.Reason}");
        }
    }

    /// <summary>
    /// Generic attributes (<c>{#id .class key=value}</c>) never reach an edition (the renderers' tree is filtered); say
    /// what was removed, at the heading, paragraph or link that carried it. A table's <c>caption</c> is kept.
    /// </summary>
    private static void CheckAttributes(MarkdownFacts facts, DiagnosticBag diagnostics)
    {
        foreach (var node in facts.Document.Descendants())
        {
            if (node.TryGetAttributes() is not { } attributes) continue;
            var removed = new List<string>();
            if (attributes.Id is { Length: > 0 } id) removed.Add("#" + id);
            foreach (var c in attributes.Classes ?? []) if (!IsOwnClass(node, c)) removed.Add("." + c);
            foreach (var p in attributes.Properties ?? [])
                if (!(node is Markdig.Extensions.Tables.Table && p.Key == "caption"))
                    removed.Add(p.Value is null ? p.Key : $"{p.Key}={p.Value}");
            if (removed.Count == 0) continue;
            diagnostics.Warning(facts.SpanOf(node), DiagnosticCodes.AttributesRemoved,
                $"the attributes {{{Shorten(string.Join(' ', removed))}}} are removed from both editions: a report's Markdown carries no ids, classes, styles or event handlers");
        }
    }

    /// <summary>
    /// A class that is the dialect's own syntax, not an attribute: Markdig's class from a container's name
    /// (<c>:::rating-box</c>), a rating label's <c>.rating .rating-good</c>, which both editions print as the label.
    /// </summary>
    private static bool IsOwnClass(MarkdownObject node, string name) => node switch
    {
        Markdig.Extensions.CustomContainers.CustomContainer container => name == container.Info,
        RatingLabelInline label => name == "rating" || name == "rating-" + label.RatingKey,
        _ => false,
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>
    /// A standard's findings: not blank; headings spelt as the template expects; each such heading followed by a
    /// bulleted list; an evidence-judged standard has at least one of them (unless it was not rated:
    /// <paramref name="listsExpected"/> false).
    /// </summary>
    public static void CheckFindings(MarkdownFacts facts, string standardId, JudgedOn judgedOn, DiagnosticBag diagnostics, bool listsExpected = true)
    {
        if (facts.Source.IsBlank)
        {
            diagnostics.Error(SourceSpan.StartOf(facts.Source.File), DiagnosticCodes.EmptyFindings,
                $"standard {standardId} has no findings: the file is empty");
            return;
        }
        var found = new List<HeadingFact>();
        foreach (var heading in facts.Headings)
        {
            if (FindingHeadings.Contains(heading.Text))
            {
                found.Add(heading);
                continue;
            }
            var bare = heading.Text.TrimEnd(':', ' ', '*').TrimStart('*');
            var match = FindingHeadings.FirstOrDefault(h => string.Equals(h, bare, StringComparison.OrdinalIgnoreCase))
                        ?? Suggestions.Closest(bare, FindingHeadings);
            if (match is not null)
                diagnostics.Error(heading.Span, DiagnosticCodes.MisspeltHeading,
                    $"heading '{heading.Text}' should read '{match}' exactly (the template recognises the lists by it)");
            else
                diagnostics.Warning(heading.Span, DiagnosticCodes.MisspeltHeading,
                    $"unexpected heading '{heading.Text}' in the findings of standard {standardId}; expected '{Strengths}' or '{AreasForImprovement}'");
        }
        foreach (var heading in found)
        {
            if (!facts.Lists.Any(l => l.Heading == heading && !l.Ordered))
                diagnostics.Error(heading.Span, DiagnosticCodes.HeadingWithoutList,
                    $"'{heading.Text}' is not followed by a bulleted list ('- ' lines)");
        }
        if (listsExpected && judgedOn == JudgedOn.Evidence && found.Count == 0)
            diagnostics.Warning(SourceSpan.StartOf(facts.Source.File), DiagnosticCodes.NoFindingLists,
                $"standard {standardId} is judged on evidence but has no '## {Strengths}' or '## {AreasForImprovement}' list");
    }
}
