using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

/// <summary>A paragraph of body text; the last paragraph of a tight list item takes no space after it.</summary>
public sealed class ParagraphRenderer : LayoutObjectRenderer<ParagraphBlock>
{
    protected override void Write(LayoutRenderer renderer, ParagraphBlock block)
    {
        // No space after the last paragraph of a tight list item, a box or a quotation: their own padding closes them.
        var last = block.Parent?.LastChild == block && block.Parent is ListItemBlock { Parent: ListBlock { IsLoose: false } }
            or Extensions.RatingBox.RatingBoxBlock or QuoteBlock;
        renderer.WriteParagraph(renderer.Item(), block, p => renderer.BodyText(p, last ? 0 : null));
    }
}

/// <summary>Headings H1-H4 (deeper levels set as H4), with the level shift and suffix of the narrative piece they are in.</summary>
public sealed class HeadingRenderer : LayoutObjectRenderer<HeadingBlock>
{
    protected override void Write(LayoutRenderer renderer, HeadingBlock block)
    {
        var level = Math.Clamp(block.Level + (renderer.Narrative?.LevelShift ?? 0), 1, 4);
        var theme = renderer.Theme.Heading(level);
        if (renderer.TextSize < renderer.Theme.Text.Size)
            // Small print (the inside cover): headings a step above its text, not the size of chapter headings.
            theme = theme with { Size = renderer.TextSize + 1.5, SpaceBefore = 8, SpaceAfter = 3, PageBreakBefore = false };
        var suffix = renderer.Narrative?.Suffix ?? "";
        if (theme.PageBreakBefore) renderer.Item().PageBreak();
        var anchor = renderer.Environment.TakeAnchor(block);
        renderer.Item().Heading(level, p =>
        {
            p.Style(new TextStyle { FontSize = theme.Size, Bold = theme.Bold, Color = theme.Colour }).LineHeight(1.2);
            renderer.WriteInlines(p, block);
            if (suffix.Length > 0 && !PlainText.Of(block).EndsWith(suffix, StringComparison.Ordinal))
                renderer.WithParagraph(p, () => renderer.Span(suffix));
        }, anchor).SpaceBefore(theme.SpaceBefore).SpaceAfter(theme.SpaceAfter);
    }
}

/// <summary>Bullet and numbered lists: a label column and a body column per item, tagged L / LI / Lbl / LBody.</summary>
public sealed class ListRenderer : LayoutObjectRenderer<ListBlock>
{
    protected override void Write(LayoutRenderer renderer, ListBlock list)
    {
        var theme = renderer.Theme.Text;
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, out var s) ? s : 1;
        var indent = theme.ListIndent * (list.IsOrdered ? 1.25 : 1);
        renderer.Item().PaddingBottom(theme.ParagraphSpacing - theme.ListItemSpacing).Structure(StructureRole.List).Column(column =>
        {
            column.Spacing(theme.ListItemSpacing);
            var number = start;
            foreach (var child in list)
            {
                if (child is not ListItemBlock item) continue;
                var label = list.IsOrdered ? $"{number++}{list.OrderedDelimiter}" : "\u2022";
                column.Item().Structure(StructureRole.ListItem).Row(row =>
                {
                    row.ConstantItem(indent).Structure(StructureRole.Label).Paragraph(p =>
                    {
                        renderer.BodyText(p, 0);
                        p.Span(label);
                    });
                    renderer.WriteColumn(row.RelativeItem().Structure(StructureRole.ListBody), item);
                });
            }
        });
    }
}

/// <summary>A quotation: indented, on a tint, in the quote colour.</summary>
public sealed class QuoteBlockRenderer : LayoutObjectRenderer<QuoteBlock>
{
    protected override void Write(LayoutRenderer renderer, QuoteBlock block) =>
        Quotation(renderer, renderer.Item(), c => renderer.WriteInto(c, block));

    /// <summary>The look of every quotation of the report (Markdown quotes and survey quotes).</summary>
    public static void Quotation(LayoutRenderer renderer, IContainer container, Action<ColumnDescriptor> content)
    {
        var q = renderer.Theme.Quotes;
        container.PaddingBottom(renderer.Theme.Text.ParagraphSpacing).PaddingLeft(q.Indent).Structure(StructureRole.BlockQuote)
            .Background(renderer.Theme.Tables.GroupBackground).Padding(12, 8, 12, 8).Column(column =>
            {
                renderer.PushStyle(s => s with { Italic = q.Italic, Colour = q.Colour });
                try { content(column); }
                finally { renderer.PopStyle(); }
            });
    }
}

/// <summary>Code has no place in a report: its text is printed as plain paragraphs.</summary>
public sealed class CodeBlockRenderer : LayoutObjectRenderer<CodeBlock>
{
    protected override void Write(LayoutRenderer renderer, CodeBlock block) =>
        renderer.Item().Paragraph(p =>
        {
            renderer.BodyText(p);
            p.Span(block.Lines.ToString());
        });
}

public sealed class ThematicBreakRenderer : LayoutObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(LayoutRenderer renderer, ThematicBreakBlock block) =>
        renderer.Item().PaddingVertical(6).Rule(0.75, renderer.Theme.Tables.BorderColour);
}

/// <summary>Raw HTML is dropped (the Markdown checks have warned about it).</summary>
public sealed class HtmlBlockRenderer : LayoutObjectRenderer<HtmlBlock>
{
    protected override void Write(LayoutRenderer renderer, HtmlBlock block) { }
}

/// <summary>Footnote texts are placed at the foot of the page by their references, not where Markdig collects them.</summary>
public sealed class FootnoteGroupRenderer : LayoutObjectRenderer<FootnoteGroup>
{
    protected override void Write(LayoutRenderer renderer, FootnoteGroup block) { }
}

public sealed class LinkReferenceDefinitionGroupRenderer : LayoutObjectRenderer<LinkReferenceDefinitionGroup>
{
    protected override void Write(LayoutRenderer renderer, LinkReferenceDefinitionGroup block) { }
}

/// <summary>The text of a heading or paragraph without markup, for contents entries and comparisons.</summary>
public static class PlainText
{
    public static string Of(LeafBlock block)
    {
        var sb = new System.Text.StringBuilder();
        if (block.Inline is null) return "";
        foreach (var inline in block.Inline.Descendants<Markdig.Syntax.Inlines.Inline>())
        {
            switch (inline)
            {
                case Markdig.Syntax.Inlines.LiteralInline l: sb.Append(l.Content.ToString()); break;
                case Markdig.Syntax.Inlines.CodeInline c: sb.Append(c.Content); break;
                case Markdig.Syntax.Inlines.LineBreakInline: sb.Append(' '); break;
                case Markdig.Syntax.Inlines.HtmlEntityInline e: sb.Append(e.Transcoded.ToString()); break;
            }
        }
        return sb.ToString().Trim();
    }
}
