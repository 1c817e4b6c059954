using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

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
