using Markdig;
using Markdig.Renderers;
using ReportBuilder.Templating.Markdown;
using ReportBuilder.Templating.Tests.Support;

namespace ReportBuilder.Templating.Tests.Markdown;

/// <summary>The same Markdown renders sensibly under Markdig's HtmlRenderer (for the HTML edition): our extensions stay harmless.</summary>
public class HtmlRenderingTests
{
    [Fact]
    public void Lincolnshire_RendersToHtml_WithNarrativesInPlace_AndContainersAsDivs()
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
        // Narrative texts are rendered where the templates placed them, not left as empty blocks.
        Assert.Contains("Lincolnshire YOS is a well-led and well-managed service.", text);
        Assert.Contains("There is a clear vision and strategy", text);
        Assert.True(text.IndexOf("Lincolnshire YOS is a well-led", StringComparison.Ordinal) < text.IndexOf("<h1", text.IndexOf("Foreword", StringComparison.Ordinal) + 10, StringComparison.Ordinal));
    }
}
