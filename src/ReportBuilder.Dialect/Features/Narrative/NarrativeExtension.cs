using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using ReportBuilder.Dialect.Features.Containers;

namespace ReportBuilder.Dialect.Features.Narrative;

/// <summary>Turns <c>:::narrative</c> containers into <see cref="NarrativeBlock"/>s. Each edition renders the piece in place.</summary>
public sealed class NarrativeExtension : IMarkdownExtension
{
    public const string Name = "narrative";

    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.DocumentProcessed += document => ContainerBlocks.Replace(document, Name, container =>
        {
            var words = ContainerBlocks.Words(container);
            var block = new NarrativeBlock { Key = words.FirstOrDefault() ?? "" };
            foreach (var word in words.Skip(1))
            {
                if (word.StartsWith("level=", StringComparison.Ordinal) && int.TryParse(word[6..], out var level)) block.Level = level;
                else if (word.StartsWith("suffix=", StringComparison.Ordinal)) block.Suffix = Uri.UnescapeDataString(word[7..]);
            }
            return block;
        });

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
