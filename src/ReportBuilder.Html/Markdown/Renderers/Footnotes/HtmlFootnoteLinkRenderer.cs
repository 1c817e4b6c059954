using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportBuilder.Html.Markdown.Renderers.Footnotes;

/// <summary>
/// Markdig's footnote links with names a screen reader can say: the marker in the text is "Note 1" rather
/// than a bare "1", and the way back is "Back to the text of note 1" rather than the arrow's character name.
/// Ids and targets are Markdig's own (<c>fnref:N</c>, <c>fn:N</c>), so its footnote group still matches.
/// </summary>
public sealed class HtmlFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var order = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        var index = link.Index.ToString(CultureInfo.InvariantCulture);
        if (link.IsBackLink)
        {
            renderer.Write("<a href=\"#fnref:").Write(index)
                .Write("\" class=\"footnote-back-ref\" aria-label=\"Back to the text of note ").Write(order)
                .Write("\">&#8617;</a>");
        }
        else
        {
            renderer.Write("<sup class=\"footnote-ref\"><a id=\"fnref:").Write(index)
                .Write("\" href=\"#fn:").Write(order)
                .Write("\" aria-label=\"Note ").Write(order).Write("\">").Write(order).Write("</a></sup>");
        }
    }
}
