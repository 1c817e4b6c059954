using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using ReportBuilder.Templating.Markdown.Extensions.Containers;

namespace ReportBuilder.Templating.Markdown.Extensions.Narrative;

/// <summary>Turns <c>:::narrative</c> containers into <see cref="NarrativeBlock"/>s; under HTML, renders the piece in place.</summary>
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

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlNarrativeRenderer>())
            html.ObjectRenderers.InsertBefore<HtmlCustomContainerRenderer>(new HtmlNarrativeRenderer());
        ContainerBlocks.AddLayoutRenderer(renderer, () => new LayoutNarrativeRenderer());
    }
}

/// <summary>Under HTML a narrative block is replaced by the HTML of its piece (the HTML edition reuses the same Markdown).</summary>
public sealed class HtmlNarrativeRenderer : HtmlObjectRenderer<NarrativeBlock>
{
    protected override void Write(HtmlRenderer renderer, NarrativeBlock block)
    {
        var root = block.Parent;
        while (root?.Parent is not null) root = root.Parent;
        if (root is Markdig.Syntax.MarkdownDocument document && NarrativeDocuments.Of(document)?.GetValueOrDefault(block.Key) is { } piece)
            renderer.WriteChildren(piece.Document);
    }
}
