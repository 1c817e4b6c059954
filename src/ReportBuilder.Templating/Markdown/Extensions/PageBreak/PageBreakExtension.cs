using Markdig;
using Markdig.Renderers;
using ReportBuilder.Templating.Markdown.Extensions.Containers;

namespace ReportBuilder.Templating.Markdown.Extensions.PageBreak;

/// <summary>Turns <c>:::page-break</c> containers into <see cref="PageBreakBlock"/>s. Needs <c>UseCustomContainers</c>.</summary>
public sealed class PageBreakExtension : IMarkdownExtension
{
    public const string Name = "page-break";

    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.DocumentProcessed += document => ContainerBlocks.Replace(document, Name, _ => new PageBreakBlock());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) =>
        ContainerBlocks.AddLayoutRenderer(renderer, () => new LayoutPageBreakRenderer());
}
