using Markdig;

namespace ReportBuilder.Html.Tests;

/// <summary>A stand-in for Templating's pipeline until it lands: the standard extensions the report Markdown uses.</summary>
internal static class TestPipelines
{
    public static MarkdownPipeline Plain { get; } = new MarkdownPipelineBuilder()
        .UseFootnotes()
        .UsePipeTables()
        .UseCustomContainers()
        .UseGenericAttributes()
        .Build();

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
