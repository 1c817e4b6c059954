using Markdig.Renderers;
using Markdig.Renderers.Html;
using ReportBuilder.Dialect.Features.PageBreak;

namespace ReportBuilder.Html.Markdown.Renderers.PageBreak;

/// <summary><c>:::page-break</c>: nothing on screen; in print the next chapter starts a page anyway (see report.css).</summary>
public sealed class HtmlPageBreakRenderer : HtmlObjectRenderer<PageBreakBlock>
{
    protected override void Write(HtmlRenderer renderer, PageBreakBlock block)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"page-break\" aria-hidden=\"true\"></div>");
    }
}
