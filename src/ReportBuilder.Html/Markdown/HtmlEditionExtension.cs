using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using ReportBuilder.Core.Model;
using ReportBuilder.Html.Markdown.Renderers;
using ReportBuilder.Html.Markdown.Renderers.Footnotes;
using ReportBuilder.Html.Markdown.Renderers.KeepTogether;
using ReportBuilder.Html.Markdown.Renderers.KeyQuestions;
using ReportBuilder.Html.Markdown.Renderers.Narrative;
using ReportBuilder.Html.Markdown.Renderers.PageBreak;
using ReportBuilder.Html.Markdown.Renderers.RatingBox;
using ReportBuilder.Html.Markdown.Renderers.RatingLabel;
using ReportBuilder.Html.Markdown.Renderers.RatingsTable;
using ReportBuilder.Html.Markdown.Renderers.Sections;
using ReportBuilder.Html.Markdown.Renderers.SurveyChart;
using ReportBuilder.Html.Markdown.Renderers.SurveyQuotes;
using ReportBuilder.Dialect.Features.SurveyChart;

namespace ReportBuilder.Html.Markdown;

/// <summary>
/// The HTML edition's renderers for the nodes of the report's Markdown dialect (rating labels and boxes, the
/// ratings and key-question tables, the survey chart and quotes, layout hints, front-matter sections), plus
/// accessible tables and footnote links. It acts only on an <see cref="HtmlRenderer"/> (STYLE §1.2), so it is
/// harmless in a pipeline that also feeds the layout renderer.
/// </summary>
/// <remarks>
/// It adds no parsers: the dialect and its pipeline belong to ReportBuilder.Dialect. <see cref="HtmlEdition"/> calls
/// <see cref="Setup(MarkdownPipeline, IMarkdownRenderer)"/> after the pipeline's own extensions. Our node types
/// derive from Markdig's custom container, whose renderer would accept them too, so ours go in front of it.
/// Setting up twice changes nothing.
/// </remarks>
/// <param name="survey">The children's survey that <c>:::survey-chart</c> and <c>:::survey-quotes</c> show; null when the report has none.</param>
/// <param name="chartWording">The chart's caption and axis titles (the set's strings, as the PDF prints them); null for the defaults.</param>
public sealed class HtmlEditionExtension(Survey? survey = null, SurveyChartWording? chartWording = null) : IMarkdownExtension
{
    /// <summary>The children's survey that <c>:::survey-chart</c> and <c>:::survey-quotes</c> show; null when the report has none.</summary>
    public Survey? Survey { get; } = survey;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var renderers = html.ObjectRenderers;

        if (!renderers.Contains<HtmlFootnoteLinkRenderer>())
            renderers.ReplaceOrAdd<Markdig.Extensions.Footnotes.HtmlFootnoteLinkRenderer>(new HtmlFootnoteLinkRenderer());
        if (!renderers.Contains<HtmlTableRenderer>())
            renderers.ReplaceOrAdd<Markdig.Extensions.Tables.HtmlTableRenderer>(new HtmlTableRenderer());

        if (!renderers.Contains<HtmlNarrativeRenderer>())
            renderers.InsertBefore<HtmlCustomContainerRenderer>(new HtmlNarrativeRenderer());
        InsertFirst(renderers, new HtmlRatingLabelRenderer());
        InsertFirst(renderers, new HtmlRatingBoxRenderer());
        InsertFirst(renderers, new HtmlRatingsTableRenderer());
        InsertFirst(renderers, new HtmlKeyQuestionTableRenderer());
        InsertFirst(renderers, new HtmlSurveyChartRenderer(Survey, chartWording));
        InsertFirst(renderers, new HtmlSurveyQuotesRenderer(Survey));
        InsertFirst(renderers, new HtmlKeepTogetherRenderer());
        InsertFirst(renderers, new HtmlPageBreakRenderer());
        InsertFirst(renderers, new HtmlSectionRenderer());
    }

    private static void InsertFirst<T>(Markdig.Helpers.OrderedList<IMarkdownObjectRenderer> renderers, T renderer) where T : class, IMarkdownObjectRenderer
    {
        if (!renderers.Contains<T>()) renderers.Insert(0, renderer);
    }
}
