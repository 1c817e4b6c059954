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
            or Dialect.Features.RatingBox.RatingBoxBlock or QuoteBlock;
        renderer.WriteParagraph(renderer.Item(), block, p => renderer.BodyText(p, last ? 0 : null));
    }
}
