using Markdig;
using Markdig.Renderers;
using ReportBuilder.Templating.Markdown.Extensions.Containers;

namespace ReportBuilder.Templating.Markdown.Extensions.SurveyQuotes;

/// <summary>Turns <c>:::survey-quotes</c> containers into <see cref="SurveyQuotesBlock"/>s. Needs <c>UseCustomContainers</c>.</summary>
public sealed class SurveyQuotesExtension : IMarkdownExtension
{
    public const string Name = "survey-quotes";

    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.DocumentProcessed += document => ContainerBlocks.Replace(document, Name, _ => new SurveyQuotesBlock());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) =>
        ContainerBlocks.AddLayoutRenderer(renderer, () => new LayoutSurveyQuotesRenderer());
}
