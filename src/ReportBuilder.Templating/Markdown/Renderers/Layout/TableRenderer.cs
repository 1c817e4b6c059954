using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;
using ReportBuilder.Templating.Theming;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

/// <summary>How a pipe table is set; the containers around a table choose it.</summary>
public enum TableLook
{
    /// <summary>Equal columns, bold header on a tint.</summary>
    Plain,
    /// <summary>Key questions: the question column takes all the width but that of a right-aligned % 'Yes' column as narrow as its header.</summary>
    KeyQuestions,
    /// <summary>The ratings page: number, name, rating; a heading band; rows with an empty last cell are domain rows.</summary>
    Ratings,
}

/// <summary>
/// Pipe tables, tagged Table / TR / TH (scope column) / TD. Rows are never split across pages; rules between rows
/// rather than boxes round cells (the engine's rows give each cell its own height, and rules read more quietly).
/// </summary>
public sealed class TableRenderer : LayoutObjectRenderer<Table>
{
    protected override void Write(LayoutRenderer renderer, Table table)
    {
        var look = renderer.TableLook;
        var t = renderer.Theme.Tables;
        var columns = table.ColumnDefinitions.Count;
        renderer.Item().PaddingBottom(renderer.Theme.Text.ParagraphSpacing + 2).Structure(StructureRole.Table).Column(column =>
        {
            var index = 0;
            foreach (var child in table)
            {
                if (child is not TableRow row) continue;
                var header = row.IsHeader;
                var group = look == TableLook.Ratings && !header && IsGroupRow(row);
                var item = column.Item().ShowEntire();
                if (header && look != TableLook.Plain) item = item.Background(t.HeaderBackground);
                else if (header || group) item = item.Background(t.GroupBackground);
                item.Column(inner =>
                {
                    inner.Item().Structure(StructureRole.TableRow).Row(cells =>
                    {
                        for (var c = 0; c < columns; c++)
                        {
                            var cell = c < row.Count ? row[c] as TableCell : null;
                            var slot = Width(cells, look, c, columns, t)
                                .Structure(new StructureElement(header ? StructureRole.TableHeaderCell : StructureRole.TableDataCell)
                                {
                                    Scope = header ? TableHeaderScope.Column : TableHeaderScope.None,
                                })
                                .Padding(t.CellPadding, t.CellPadding * 0.8, t.CellPadding, t.CellPadding * 0.8);
                            var align = table.ColumnDefinitions[c].Alignment;
                            WriteCell(renderer, slot, cell, header, group, align, look);
                        }
                    });
                    if (!header) inner.Item().Rule(t.BorderWidth, t.BorderColour);
                });
                index++;
            }
        });
    }

    /// <summary>
    /// The key questions' figures column: as wide as its bold header "% ‘Yes’" (about 4.6 em of the table's size, the
    /// widest thing it holds; "100%" is 2.6 em) and the cell's padding, so the questions have the rest of the width.
    /// </summary>
    internal static double FiguresColumnWidth(TableTheme t) => Math.Ceiling(t.Size * 4.6 + 2 * t.CellPadding);

    private static IContainer Width(RowDescriptor cells, TableLook look, int c, int columns, TableTheme t) => (look, c) switch
    {
        (TableLook.KeyQuestions, 0) => cells.RelativeItem(),
        (TableLook.KeyQuestions, _) => cells.ConstantItem(FiguresColumnWidth(t)),
        (TableLook.Ratings, 0) => cells.ConstantItem(40),
        (TableLook.Ratings, 1) => cells.RelativeItem(),
        (TableLook.Ratings, _) => cells.ConstantItem(150),
        _ => cells.RelativeItem(),
    };

    private static void WriteCell(LayoutRenderer renderer, IContainer slot, TableCell? cell, bool header, bool group, TableColumnAlign? align, TableLook look)
    {
        var t = renderer.Theme.Tables;
        slot.Column(content =>
        {
            var blocks = cell?.OfType<LeafBlock>().ToList() ?? [];
            if (blocks.Count == 0) { content.Item().Spacer(0); return; }
            foreach (var block in blocks)
            {
                content.Item().Paragraph(p =>
                {
                    p.Style(new TextStyle { FontSize = t.Size, Color = renderer.Theme.Text.Colour }).LineHeight(1.25);
                    if (header) p.Style(new TextStyle { Bold = true, Color = look == TableLook.Plain ? renderer.Theme.Text.Colour : t.HeaderColour });
                    if (group) p.Style(new TextStyle { Bold = true });
                    if (align == TableColumnAlign.Right) p.AlignRight();
                    else if (align == TableColumnAlign.Center) p.AlignCenter();
                    renderer.WriteInlines(p, block);
                });
            }
        });
    }

    /// <summary>A ratings-table row whose last cell is empty names a domain.</summary>
    private static bool IsGroupRow(TableRow row) =>
        row.Count > 0 && row[^1] is TableCell last && last.All(b => b is LeafBlock leaf && PlainText.Of(leaf).Length == 0);
}
