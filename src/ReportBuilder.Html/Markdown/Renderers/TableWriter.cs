using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace ReportBuilder.Html.Markdown.Renderers;

/// <summary>
/// Writes a Markdig pipe table as accessible HTML: a caption, header cells with <c>scope</c>, an optional column of
/// row headers, right-aligned columns marked <c>numeric</c>. Shared by plain tables and the report's own tables.
/// </summary>
internal static class TableWriter
{
    /// <param name="renderer">Renders cell contents (so footnote links, emphasis and rating labels stay as they are).</param>
    /// <param name="table">The parsed table.</param>
    /// <param name="cssClass">The table's class, or null.</param>
    /// <param name="captionHtml">The caption's HTML (already escaped), or null for none.</param>
    /// <param name="rowHeaderColumn">The column whose body cells are row headers (<c>th scope="row"</c>), or -1.</param>
    /// <param name="emptyHeaderText">Words for an empty header cell, read by screen readers only, per column; null for none.</param>
    public static void Write(HtmlRenderer renderer, Table table, string? cssClass, string? captionHtml, int rowHeaderColumn,
        Func<int, string?>? emptyHeaderText = null)
    {
        renderer.EnsureLine();
        renderer.Write("<table");
        if (cssClass is not null) renderer.Write(" class=\"").Write(cssClass).Write("\"");
        renderer.WriteAttributes(table).WriteLine(">");
        if (captionHtml is not null) renderer.Write("<caption>").Write(captionHtml).WriteLine("</caption>");

        var head = table.OfType<TableRow>().TakeWhile(r => r.IsHeader).ToList();
        var body = table.OfType<TableRow>().Skip(head.Count).ToList();
        if (head.Count > 0)
        {
            renderer.WriteLine("<thead>");
            foreach (var row in head) WriteRow(renderer, table, row, header: true, rowHeaderColumn, emptyHeaderText);
            renderer.WriteLine("</thead>");
        }
        if (body.Count > 0)
        {
            renderer.WriteLine("<tbody>");
            foreach (var row in body) WriteRow(renderer, table, row, header: false, rowHeaderColumn, emptyHeaderText);
            renderer.WriteLine("</tbody>");
        }
        renderer.WriteLine("</table>");
    }

    public static void WriteRow(HtmlRenderer renderer, Table table, TableRow row, bool header, int rowHeaderColumn,
        Func<int, string?>? emptyHeaderText = null, string? cssClass = null)
    {
        renderer.Write("<tr");
        if (cssClass is not null) renderer.Write(" class=\"").Write(cssClass).Write("\"");
        renderer.WriteAttributes(row).WriteLine(">");
        var column = 0; // counted here: Markdig leaves ColumnIndex unset on some cells
        foreach (var cell in row.OfType<TableCell>())
        {
            var index = column;
            column += Math.Max(1, cell.ColumnSpan);
            var isRowHeader = !header && index == rowHeaderColumn;
            renderer.Write(header ? "<th scope=\"col\"" : isRowHeader ? "<th scope=\"row\"" : "<td");
            if (cell.ColumnSpan != 1) renderer.Write($" colspan=\"{cell.ColumnSpan}\"");
            if (cell.RowSpan != 1) renderer.Write($" rowspan=\"{cell.RowSpan}\"");
            var alignment = Alignment(table, index);
            if (alignment == TableColumnAlign.Right) renderer.Write(" class=\"numeric\"");
            else if (alignment == TableColumnAlign.Center) renderer.Write(" class=\"centred\"");
            renderer.WriteAttributes(cell).Write(">");
            if (header && IsEmpty(cell) && emptyHeaderText?.Invoke(index) is { } words)
            {
                renderer.Write("<span class=\"visually-hidden\" data-edition=\"html\">").WriteEscape(words).Write("</span>");
            }
            else
            {
                WriteCellContent(renderer, cell);
            }
            renderer.WriteLine(header || isRowHeader ? "</th>" : "</td>");
        }
        renderer.WriteLine("</tr>");
    }

    public static void WriteCellContent(HtmlRenderer renderer, TableCell cell)
    {
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = true;
        renderer.WriteChildren(cell);
        renderer.ImplicitParagraph = implicitParagraph;
    }

    public static bool IsEmpty(TableCell cell) =>
        cell.All(b => b is Markdig.Syntax.LeafBlock leaf && Document.PlainText.Of(leaf).Length == 0);

    private static TableColumnAlign? Alignment(Table table, int column) =>
        column >= 0 && column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null;
}
