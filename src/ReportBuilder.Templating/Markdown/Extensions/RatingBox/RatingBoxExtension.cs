using Markdig;
using Markdig.Renderers;
using ReportBuilder.Templating.Markdown.Extensions.Containers;

namespace ReportBuilder.Templating.Markdown.Extensions.RatingBox;

/// <summary>Turns <c>:::rating-box</c> containers into <see cref="RatingBoxBlock"/>s. Needs <c>UseCustomContainers</c>.</summary>
public sealed class RatingBoxExtension : IMarkdownExtension
{
    public const string Name = "rating-box";

    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.DocumentProcessed += document => ContainerBlocks.Replace(document, Name, _ => new RatingBoxBlock());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) =>
        ContainerBlocks.AddLayoutRenderer(renderer, () => new LayoutRatingBoxRenderer());
}
