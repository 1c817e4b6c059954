using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Html.Markdown;

/// <summary>
/// The HTML edition's renderers for nodes that other stages define: it acts only on an <see cref="HtmlRenderer"/>
/// (STYLE §1.2), so it is harmless in a pipeline that also feeds the layout renderer.
/// </summary>
/// <remarks>
/// It adds no parsers: the Markdown dialect belongs to Templating's pipeline factory. <see cref="HtmlEdition"/>
/// calls <see cref="Setup(MarkdownPipeline, IMarkdownRenderer)"/> after the pipeline's own extensions, so a
/// renderer registered here replaces a default one (the footnote links).
/// </remarks>
public sealed class HtmlEditionExtension(Survey? survey = null) : IMarkdownExtension
{
    /// <summary>The children's survey that <c>:::survey-chart</c> draws; null when the report has none.</summary>
    public Survey? Survey { get; } = survey;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        if (!html.ObjectRenderers.Contains<HtmlFootnoteLinkRenderer>())
        {
            html.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Footnotes.HtmlFootnoteLinkRenderer>(new HtmlFootnoteLinkRenderer());
        }
        if (!html.ObjectRenderers.Contains<HtmlTableRenderer>())
        {
            html.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Tables.HtmlTableRenderer>(new HtmlTableRenderer());
        }
        if (!html.ObjectRenderers.Contains<HtmlSurveyChartContainerRenderer>()
            && html.ObjectRenderers.Find<HtmlCustomContainerRenderer>() is { } containers)
        {
            html.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new HtmlSurveyChartContainerRenderer(Survey, containers));
        }
    }
}
