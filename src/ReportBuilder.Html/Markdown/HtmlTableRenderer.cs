using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportBuilder.Html.Markdown;

/// <summary>
/// Pipe tables with the structure a screen reader needs: header cells carry <c>scope="col"</c>, the header rows
/// sit in a <c>thead</c>, and a caption is printed when the table has one (a <c>caption</c> attribute given with
/// Markdig's generic attributes). Right-aligned columns get the <c>numeric</c> class instead of an inline style.
/// </summary>
public sealed class HtmlTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var attributes = table.TryGetAttributes();
        string? caption = null;
        if (attributes?.Properties is { } properties)
        {
            var index = properties.FindIndex(p => p.Key == "caption");
            if (index >= 0)
            {
                caption = properties[index].Value;
                properties.RemoveAt(index);
            }
        }

        renderer.EnsureLine();
        renderer.Write("<table").WriteAttributes(table).WriteLine(">");
        if (!string.IsNullOrWhiteSpace(caption)) renderer.Write("<caption>").WriteEscape(caption).WriteLine("</caption>");

        var inHead = false;
        var bodyOpen = false;
        foreach (var rowObject in table)
        {
            var row = (TableRow)rowObject;
            if (row.IsHeader && !bodyOpen && !inHead) { renderer.WriteLine("<thead>"); inHead = true; }
            if (!row.IsHeader && !bodyOpen)
            {
                if (inHead) { renderer.WriteLine("</thead>"); inHead = false; }
                renderer.WriteLine("<tbody>");
                bodyOpen = true;
            }

            renderer.Write("<tr").WriteAttributes(row).WriteLine(">");
            foreach (var cellObject in row)
            {
                var cell = (TableCell)cellObject;
                var header = row.IsHeader;
                renderer.Write(header ? "<th scope=\"col\"" : "<td");
                if (cell.ColumnSpan != 1) renderer.Write($" colspan=\"{cell.ColumnSpan}\"");
                if (cell.RowSpan != 1) renderer.Write($" rowspan=\"{cell.RowSpan}\"");
                var column = cell.ColumnIndex >= 0 && cell.ColumnIndex < table.ColumnDefinitions.Count
                    ? table.ColumnDefinitions[cell.ColumnIndex] : null;
                if (column?.Alignment == TableColumnAlign.Right) renderer.Write(" class=\"numeric\"");
                else if (column?.Alignment == TableColumnAlign.Center) renderer.Write(" class=\"centred\"");
                renderer.WriteAttributes(cell).Write(">");

                var implicitParagraph = renderer.ImplicitParagraph;
                renderer.ImplicitParagraph = true;
                renderer.WriteChildren(cell);
                renderer.ImplicitParagraph = implicitParagraph;
                renderer.WriteLine(header ? "</th>" : "</td>");
            }
            renderer.WriteLine("</tr>");
        }
        if (inHead) renderer.WriteLine("</thead>");
        if (bodyOpen) renderer.WriteLine("</tbody>");
        renderer.WriteLine("</table>");
    }
}
