using Markdig;

namespace ReportBuilder.Dialect;

/// <summary>The one Markdown pipeline of reports: built once, then shared (a built pipeline is immutable and thread-safe).</summary>
public static class ReportMarkdownPipeline
{
    /// <summary>CommonMark with footnotes, pipe tables, custom containers and our extensions; generic attributes last, as Markdig requires.</summary>
    public static MarkdownPipeline Default { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseFootnotes()
        .UseTypographicQuotes()
        .UseNoBreakSpaces()
        .UsePipeTables()
        .UseCustomContainers()
        .UseReportSections()
        .UseRatingBoxes()
        .UseRatingLabels()
        .UseKeyQuestionTables()
        .UseRatingsTables()
        .UseSurveyCharts()
        .UseSurveyQuotes()
        .UsePageBreaks()
        .UseKeepTogether()
        .UseNarrativeBlocks()
        .UseGenericAttributes()
        .Build();
}
