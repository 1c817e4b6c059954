using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace ReportBuilder.Dialect.Features.Containers;

/// <summary>
/// The shape most of our block extensions share: containers named <paramref name="name"/> become
/// <typeparamref name="TBlock"/> nodes after parsing. Extensions whose nodes take arguments from the container
/// (narrative, sections, keep-together) write their own <see cref="IMarkdownExtension"/>. Needs <c>UseCustomContainers</c>.
/// </summary>
/// <remarks>
/// The dialect only parses: each edition adds its own renderers for these nodes (the PDF's in Templating's
/// <c>LayoutRenderer</c>, the HTML edition's in Html's <c>HtmlEditionExtension</c>), so this project needs neither.
/// </remarks>
public abstract class ContainerBlockExtension<TBlock>(string name) : IMarkdownExtension
    where TBlock : CustomContainer, new()
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.DocumentProcessed += document => ContainerBlocks.Replace(document, name, _ => new TBlock());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
