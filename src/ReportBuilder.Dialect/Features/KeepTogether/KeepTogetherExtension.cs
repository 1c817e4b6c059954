using Markdig;
using Markdig.Renderers;
using ReportBuilder.Dialect.Features.Containers;

namespace ReportBuilder.Dialect.Features.KeepTogether;

/// <summary>Turns <c>:::keep-together</c> and <c>:::keep-with-next</c> into <see cref="KeepTogetherBlock"/>s.</summary>
public sealed class KeepTogetherExtension : IMarkdownExtension
{
    public const string Name = "keep-together";
    public const string WithNextName = "keep-with-next";

    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.DocumentProcessed += document =>
        {
            ContainerBlocks.Replace(document, Name, _ => new KeepTogetherBlock(withNext: false));
            ContainerBlocks.Replace(document, WithNextName, _ => new KeepTogetherBlock(withNext: true));
        };

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
