using Markdig.Syntax;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Dialect;
using ReportBuilder.Dialect.Features.Containers;
using ReportBuilder.Dialect.Features.Footnotes;
using ReportBuilder.Dialect.Features.Headings;
using ReportBuilder.Dialect.Features.Quotes;
using ReportBuilder.Dialect.Features.Narrative;
using ReportBuilder.Dialect.Features.RatingBox;
using ReportBuilder.Dialect.Features.RatingLabel;
using ReportBuilder.Dialect.Features.RawHtml;
using ReportBuilder.Dialect.Features.SurveyChart;
using ReportBuilder.Dialect.Features.SurveyQuotes;

namespace ReportBuilder.Templating.Markdown;

/// <summary>
/// What the templates can get wrong in the Markdown they write, checked with the dialect's own rules (one rule, one
/// code, one wording for the report folder and the templates' output): footnotes unpaired or citing themselves, raw
/// HTML, unknown containers and rating keys, survey containers naming what the report does not have, and narrative
/// blocks naming no text. The narrative pieces the templates place were validated with the report folder (Data, with
/// the same pipeline, <see cref="ReportMarkdownPipeline.Default"/>), so each of their mistakes is reported once, by
/// <c>check</c>, <c>build</c> and <c>draft</c> alike, and none is checked again here.
/// </summary>
public static class MarkdownChecks
{
    /// <param name="text">The Markdown the document was parsed from (for definitions Markdig drops when nothing cites them).</param>
    public static void Check(MarkdownDocument document, string text, MarkdownOrigin origin, Core.Model.Survey? survey, DiagnosticBag diagnostics)
    {
        FootnotePairingRule.Check(document, text, origin, diagnostics);
        FootnoteCycleRule.Check(document, origin, diagnostics);
        RawHtmlRule.Check(document, origin, diagnostics);
        QuoteNestingRule.Check(document, origin, diagnostics);
        HeadingLengthRule.Check(document, origin, diagnostics);
        RatingBoxKeyRule.Check(document, origin, diagnostics);
        RatingLabelKeyRule.Check(document, origin, diagnostics);
        UnknownContainerRule.Check(document, origin, ContainerNames.All, diagnostics);
        SurveyChartRule.Check(document, origin, survey, diagnostics);
        SurveyQuotesRule.Check(document, origin, survey, diagnostics);
    }

    /// <summary>A narrative block naming a piece that does not exist is a template bug.</summary>
    public static void CheckNarratives(MarkdownDocument document, MarkdownOrigin origin, NarrativeDocuments pieces, DiagnosticBag diagnostics) =>
        NarrativeReferenceRule.Check(document, origin, pieces, diagnostics);
}
