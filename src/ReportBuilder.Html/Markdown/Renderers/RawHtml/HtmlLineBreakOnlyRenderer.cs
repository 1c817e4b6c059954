using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using ReportBuilder.Dialect.Features.RawHtml;

namespace ReportBuilder.Html.Markdown.Renderers.RawHtml;

/// <summary>
/// Raw inline HTML in the HTML edition: only a line break (<c>&lt;br&gt;</c>, which the PDF honours too) is written;
/// every other tag is dropped, as the PDF drops it, so no markup from data reaches the page.
/// </summary>
public sealed class HtmlLineBreakOnlyRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj)
    {
        if (RawHtmlRule.IsLineBreak(obj.Tag)) renderer.Write(obj.Tag); // as written, so pages with <br> keep their bytes
    }
}
