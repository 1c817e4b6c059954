using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

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
