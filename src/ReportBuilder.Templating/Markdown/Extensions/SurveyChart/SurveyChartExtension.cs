using Markdig;
using Markdig.Renderers;
using ReportBuilder.Templating.Markdown.Extensions.Containers;

namespace ReportBuilder.Templating.Markdown.Extensions.SurveyChart;

/// <summary>Turns <c>:::survey-chart</c> containers into <see cref="SurveyChartBlock"/>s. Needs <c>UseCustomContainers</c>.</summary>
public sealed class SurveyChartExtension : IMarkdownExtension
{
    public const string Name = "survey-chart";

    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.DocumentProcessed += document => ContainerBlocks.Replace(document, Name, _ => new SurveyChartBlock());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) =>
        ContainerBlocks.AddLayoutRenderer(renderer, () => new LayoutSurveyChartRenderer());
}
