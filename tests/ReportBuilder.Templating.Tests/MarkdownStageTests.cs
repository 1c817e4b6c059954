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
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Select(d => d.ToString())));
    }
}
