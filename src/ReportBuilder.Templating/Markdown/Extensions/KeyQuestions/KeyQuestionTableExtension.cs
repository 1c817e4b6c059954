using Markdig;
using Markdig.Renderers;
using ReportBuilder.Templating.Markdown.Extensions.Containers;

namespace ReportBuilder.Templating.Markdown.Extensions.KeyQuestions;

/// <summary>Turns <c>:::key-questions</c> containers into <see cref="KeyQuestionTableBlock"/>s. Needs <c>UseCustomContainers</c>.</summary>
public sealed class KeyQuestionTableExtension : IMarkdownExtension
{
    public const string Name = "key-questions";

    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.DocumentProcessed += document => ContainerBlocks.Replace(document, Name, _ => new KeyQuestionTableBlock());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) =>
        ContainerBlocks.AddLayoutRenderer(renderer, () => new LayoutKeyQuestionTableRenderer());
}
