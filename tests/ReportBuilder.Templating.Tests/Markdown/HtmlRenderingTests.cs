using Markdig;
using Markdig.Renderers;
using ReportBuilder.Dialect;
using ReportBuilder.Templating.Tests.Support;

namespace ReportBuilder.Templating.Tests.Markdown;

/// <summary>
/// The same Markdown renders sensibly under Markdig's plain HtmlRenderer: the dialect's extensions only parse, so its
/// nodes fall back to the custom containers they are (the HTML edition's own renderers are tested in Html.Tests).
/// </summary>
public class HtmlRenderingTests
{
    [Fact]
    public void Lincolnshire_RendersToHtml_WithContainersAsDivs()
    {
        var rendered = Reports.RenderMarkdown(Reports.Lincolnshire, out _);
        var writer = new StringWriter();
        var html = new HtmlRenderer(writer);
        ReportMarkdownPipeline.Default.Setup(html);
        html.Render(rendered.Document);
        var text = writer.ToString();

        Assert.Contains("<div class=\"rating-box\">", text);
        Assert.Contains("<span class=\"rating rating-outstanding\">Outstanding</span>", text);
        Assert.Contains("<table>", text);
        Assert.Contains("<strong>83%</strong>", text);
        // A narrative block is only a reference to its piece: with no edition's renderer it is an empty div, not an error.
        Assert.Contains("<div class=\"narrative\"></div>", text);
        Assert.DoesNotContain("Lincolnshire YOS is a well-led and well-managed service.", text);
    }
}
