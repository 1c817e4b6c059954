using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using ReportBuilder.Dialect.Features.RatingsTable;

namespace ReportBuilder.Html.Markdown.Renderers.RatingsTable;

/// <summary>
/// The ratings page (<c>:::ratings-table</c>) as one table a screen reader can walk: the template's heading band
/// (service, fieldwork, score) becomes the caption; columns get names (heard, not seen); each domain row opens a
/// row group; each standard's name is its row's header, so "Staff: Good" is read together.
/// </summary>
/// <remarks>
/// The template's convention: the first row is the band, a row whose last cell is empty is a domain row, every
/// other row is number, name, rating. The band's cells are printed as they are, in a caption.
/// </remarks>
public sealed class HtmlRatingsTableRenderer : HtmlObjectRenderer<RatingsTableBlock>
{
    /// <summary>The id of the first ratings table, the target of the README's screenshot.</summary>
    public const string Id = "ratings-table";

    private static readonly string[] ColumnNames = ["Number", "Standard", "Rating"];

    protected override void Write(HtmlRenderer renderer, RatingsTableBlock block)
    {
        foreach (var child in block)
        {
            if (child is not Table table)
            {
                renderer.Write(child);
                continue;
            }
            WriteTable(renderer, table);
        }
    }

    private static void WriteTable(HtmlRenderer renderer, Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var band = rows.FirstOrDefault(r => r.IsHeader);
        var columns = table.ColumnDefinitions.Count;

        renderer.EnsureLine();
        renderer.Write("<table class=\"ratings-table\" id=\"").Write(Id).Write("\"").WriteAttributes(table).WriteLine(">");
        if (band is not null)
        {
            renderer.Write("<caption>");
            var first = true;
            foreach (var cell in band.OfType<TableCell>().Where(c => !TableWriter.IsEmpty(c)))
            {
                renderer.Write(first ? "<span class=\"ratings-table__band\">" : " <span class=\"ratings-table__band\">");
                TableWriter.WriteCellContent(renderer, cell);
                renderer.Write("</span>");
                first = false;
            }
            renderer.WriteLine("</caption>");
        }

        renderer.Write("<thead class=\"ratings-table__names\" data-edition=\"html\"><tr>");
        for (var i = 0; i < Math.Max(columns, ColumnNames.Length); i++)
        {
            var name = i < ColumnNames.Length ? ColumnNames[i] : "";
            renderer.Write("<th scope=\"col\"><span class=\"visually-hidden\">").Write(name).Write("</span></th>");
        }
        renderer.WriteLine("</tr></thead>");

        var groupOpen = false;
        foreach (var row in rows.Where(r => r != band))
        {
            var cells = row.OfType<TableCell>().ToList();
            var isDomain = cells.Count > 0 && TableWriter.IsEmpty(cells[^1]);
            if (isDomain || !groupOpen)
            {
                if (groupOpen) renderer.WriteLine("</tbody>");
                renderer.WriteLine(isDomain ? "<tbody class=\"ratings-table__domain\">" : "<tbody>");
                groupOpen = true;
            }
            if (isDomain)
            {
                // One header cell across the row: "1. Organisational delivery", with its note marker if any.
                renderer.Write($"<tr><th scope=\"rowgroup\" colspan=\"{Math.Max(columns, 1)}\">");
                var firstCell = true;
                foreach (var cell in cells.Where(c => !TableWriter.IsEmpty(c)))
                {
                    if (!firstCell) renderer.Write(" ");
                    TableWriter.WriteCellContent(renderer, cell);
                    firstCell = false;
                }
                renderer.WriteLine("</th></tr>");
            }
            else
            {
                TableWriter.WriteRow(renderer, table, row, header: false, rowHeaderColumn: 1);
            }
        }
        if (groupOpen) renderer.WriteLine("</tbody>");
        renderer.WriteLine("</table>");
    }
}
