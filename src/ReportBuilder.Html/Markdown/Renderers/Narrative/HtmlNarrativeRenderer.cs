using Markdig.Renderers;
using Markdig.Renderers.Html;
using ReportBuilder.Dialect.Features.Narrative;

namespace ReportBuilder.Html.Markdown.Renderers.Narrative;

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
