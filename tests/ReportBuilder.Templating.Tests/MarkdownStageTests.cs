using ReportBuilder.Templating.Tests.Support;

namespace ReportBuilder.Templating.Tests;

public class MarkdownStageTests
{
    [Fact]
    public void Lincolnshire_RendersToMarkdown_WithoutDiagnostics()
    {
        var rendered = Reports.RenderMarkdown(Reports.Lincolnshire, out var diagnostics);
        File.WriteAllText("/tmp/lincs.md", rendered.Markdown);
        File.WriteAllText("/tmp/lincs-flat.md", rendered.Flattened());
        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }
}
