using Markdig.Syntax;
using ReportBuilder.Dialect.Features.Narrative;
using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Narrative;

/// <summary>Renders the narrative piece in place, its top headings moved to the level the template asked for.</summary>
public sealed class LayoutNarrativeRenderer : LayoutObjectRenderer<NarrativeBlock>
{
    protected override void Write(LayoutRenderer renderer, NarrativeBlock block)
    {
        if (renderer.Root is null || NarrativeDocuments.Of(renderer.Root)?.GetValueOrDefault(block.Key) is not { } piece) return;
        renderer.WithNarrative(new NarrativeScope(piece, Shift(piece.Document, block.Level), block.Suffix), () =>
        {
            foreach (var child in piece.Document) renderer.Write(child);
        });
    }

    /// <summary>How far to move headings so the piece's top level becomes <paramref name="level"/> (0: leave them).</summary>
    public static int Shift(MarkdownDocument piece, int level)
    {
        if (level <= 0) return 0;
        var top = piece.Descendants<HeadingBlock>().Select(h => h.Level).DefaultIfEmpty(level).Min();
        return level - top;
    }
}
