using Markdig;
using Markdig.Renderers;
using ReportBuilder.Dialect.Features.Containers;

namespace ReportBuilder.Dialect.Features.Sections;

/// <summary>Turns <c>:::cover</c>, <c>:::inside-cover</c> and <c>:::contents</c> into <see cref="SectionBlock"/>s.</summary>
public sealed class SectionExtension : IMarkdownExtension
{
    public const string CoverName = "cover";
    public const string InsideCoverName = "inside-cover";
    public const string ContentsName = "contents";

    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.DocumentProcessed += document =>
        {
            ContainerBlocks.Replace(document, CoverName, _ => new SectionBlock(SectionKind.Cover));
            ContainerBlocks.Replace(document, InsideCoverName, _ => new SectionBlock(SectionKind.InsideCover));
            ContainerBlocks.Replace(document, ContentsName, _ => new SectionBlock(SectionKind.Contents));
        };

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
