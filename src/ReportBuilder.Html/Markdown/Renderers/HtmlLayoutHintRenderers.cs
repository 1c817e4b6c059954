using Markdig.Renderers;
using Markdig.Renderers.Html;
using ReportBuilder.Templating.Markdown.Extensions.KeepTogether;
using ReportBuilder.Templating.Markdown.Extensions.PageBreak;

namespace ReportBuilder.Html.Markdown.Renderers;

/// <summary><c>:::keep-together</c> / <c>:::keep-with-next</c>: the blocks in a div whose class the print style sheet keeps on one page.</summary>
public sealed class HtmlKeepTogetherRenderer : HtmlObjectRenderer<KeepTogetherBlock>
{
    protected override void Write(HtmlRenderer renderer, KeepTogetherBlock block)
    {
        renderer.EnsureLine();
        // The container's name is already its class (keep-together or keep-with-next), as Markdig writes it.
        renderer.Write("<div").WriteAttributes(block).WriteLine(">");
        renderer.WriteChildren(block);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}

/// <summary><c>:::page-break</c>: nothing on screen; in print the next chapter starts a page anyway (see report.css).</summary>
public sealed class HtmlPageBreakRenderer : HtmlObjectRenderer<PageBreakBlock>
{
    protected override void Write(HtmlRenderer renderer, PageBreakBlock block)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"page-break\" aria-hidden=\"true\"></div>");
    }
}
