using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportBuilder.Html.Markdown.Renderers;

/// <summary>
/// Plain pipe tables with the structure a screen reader needs: header cells carry <c>scope="col"</c> in a
/// <c>thead</c>, and a caption is printed when the table has one (<c>{caption="…"}</c> on the line before it,
/// through Markdig's generic attributes). Right-aligned columns get the <c>numeric</c> class, not an inline style.
/// </summary>
public sealed class HtmlTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        string? caption = null;
        if (table.TryGetAttributes()?.Properties is { } properties)
        {
            var index = properties.FindIndex(p => p.Key == "caption");
            if (index >= 0)
            {
                caption = properties[index].Value;
                properties.RemoveAt(index);
            }
        }
        TableWriter.Write(renderer, table, null, string.IsNullOrWhiteSpace(caption) ? null : HtmlText.Escape(caption), rowHeaderColumn: -1);
    }
}
