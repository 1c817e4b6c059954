using Markdig;
using Markdig.Renderers;
using ReportBuilder.Templating.Markdown.Extensions.Containers;

namespace ReportBuilder.Templating.Markdown.Extensions.RatingsTable;

/// <summary>Turns <c>:::ratings-table</c> containers into <see cref="RatingsTableBlock"/>s. Needs <c>UseCustomContainers</c>.</summary>
public sealed class RatingsTableExtension : IMarkdownExtension
{
    public const string Name = "ratings-table";

    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.DocumentProcessed += document => ContainerBlocks.Replace(document, Name, _ => new RatingsTableBlock());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) =>
        ContainerBlocks.AddLayoutRenderer(renderer, () => new LayoutRatingsTableRenderer());
}
