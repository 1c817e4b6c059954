using Markdig;
using ReportBuilder.Dialect;

namespace ReportBuilder.Html.Tests;

internal static class TestPipelines
{
    /// <summary>The report's own pipeline (Templating), as the HTML edition of a report uses it.</summary>
    public static MarkdownPipeline Report => ReportMarkdownPipeline.Default;

    /// <summary>CommonMark with the standard extensions only, for plain pages.</summary>
    public static MarkdownPipeline Plain { get; } = new MarkdownPipelineBuilder()
        .UseFootnotes().UsePipeTables().UseCustomContainers().UseGenericAttributes().Build();

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
