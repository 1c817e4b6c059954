using Markdig;
using Markdig.Renderers;
using ReportBuilder.Dialect.Features.Containers;

namespace ReportBuilder.Dialect.Features.Sections;

/// <summary>Turns <c>:::cover</c>, <c>:::inside-cover</c> and <c>:::contents</c> into <see cref="SectionBlock"/>s.</summary>
public sealed class SectionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.DocumentProcessed += document =>
        {
            ContainerBlocks.Replace(document, "cover", _ => new SectionBlock(SectionKind.Cover));
            ContainerBlocks.Replace(document, "inside-cover", _ => new SectionBlock(SectionKind.InsideCover));
            ContainerBlocks.Replace(document, "contents", _ => new SectionBlock(SectionKind.Contents));
        };

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
