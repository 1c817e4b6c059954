using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace ReportBuilder.Templating.Markdown.Extensions.Containers;

/// <summary>
/// The shape most of our block extensions share: containers named <paramref name="name"/> become
/// <typeparamref name="TBlock"/> nodes after parsing, and the layout renderer gets a <typeparamref name="TRenderer"/>.
/// Extensions whose nodes take arguments from the container (narrative, sections, keep-together) write their own
/// <see cref="IMarkdownExtension"/>. Needs <c>UseCustomContainers</c>.
/// </summary>
public abstract class ContainerBlockExtension<TBlock, TRenderer>(string name) : IMarkdownExtension
    where TBlock : CustomContainer, new()
    where TRenderer : IMarkdownObjectRenderer, new()
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.DocumentProcessed += document => ContainerBlocks.Replace(document, name, _ => new TBlock());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) =>
        ContainerBlocks.AddLayoutRenderer(renderer, () => new TRenderer());
}
