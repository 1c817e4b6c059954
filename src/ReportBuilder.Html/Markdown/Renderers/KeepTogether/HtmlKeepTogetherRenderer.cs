using Markdig.Renderers;
using Markdig.Renderers.Html;
using ReportBuilder.Dialect.Features.KeepTogether;

namespace ReportBuilder.Html.Markdown.Renderers.KeepTogether;

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
