using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

/// <summary>Headings H1-H4 (deeper levels set as H4), with the level shift and suffix of the narrative piece they are in.</summary>
public sealed class HeadingRenderer : LayoutObjectRenderer<HeadingBlock>
{
    protected override void Write(LayoutRenderer renderer, HeadingBlock block)
    {
        var level = Math.Clamp(block.Level + (renderer.Narrative?.LevelShift ?? 0), 1, 4);
        var theme = renderer.Theme.Heading(level);
        if (renderer.TextSize < renderer.Theme.Text.Size)
            // Small print (the inside cover): headings in bold at its size, not the size of chapter headings (the
            // type scale has no size between the small print and the tables).
            theme = theme with { Size = renderer.TextSize, SpaceBefore = 8, SpaceAfter = 3, PageBreakBefore = false };
        var suffix = renderer.Narrative?.Suffix ?? "";
        var first = renderer.Headings.Next(level);
        if (theme.PageBreakBefore && !(first && theme.FirstOnParentPage)) renderer.BreakPage();
        var anchor = renderer.Environment.TakeAnchor(block);
        var heading = renderer.Item().Heading(level, p =>
        {
            p.Style(new TextStyle { FontSize = theme.Size, Bold = theme.Bold, Color = theme.Colour }).LineHeight(1.2);
            renderer.WriteInlines(p, block);
            if (suffix.Length > 0 && !PlainText.Of(block).EndsWith(suffix, StringComparison.Ordinal))
                renderer.WithParagraph(p, () => renderer.Span(suffix));
        }, anchor).SpaceBefore(theme.SpaceBefore).SpaceAfter(theme.SpaceAfter);
        // Bookmarks for what the contents lists (chapters and standards), not for "Strengths:" or the small print.
        if (!renderer.Environment.IsListed(anchor)) heading.NotBookmarked();
    }
}
