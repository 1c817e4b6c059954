using Markdig;
using ReportBuilder.Templating.Markdown.Extensions.KeepTogether;
using ReportBuilder.Templating.Markdown.Extensions.KeyQuestions;
using ReportBuilder.Templating.Markdown.Extensions.Narrative;
using ReportBuilder.Templating.Markdown.Extensions.PageBreak;
using ReportBuilder.Templating.Markdown.Extensions.RatingBox;
using ReportBuilder.Templating.Markdown.Extensions.RatingLabel;
using ReportBuilder.Templating.Markdown.Extensions.RatingsTable;
using ReportBuilder.Templating.Markdown.Extensions.Sections;
using ReportBuilder.Templating.Markdown.Extensions.SurveyChart;
using ReportBuilder.Templating.Markdown.Extensions.SurveyQuotes;

namespace ReportBuilder.Templating.Markdown;

/// <summary>
/// <c>Use…()</c> for each part of ReportBuilder's Markdown dialect. Every one is written over Markdig's custom
/// containers (<c>:::name arguments</c> … <c>:::</c>), so each also calls <c>UseCustomContainers</c>.
/// </summary>
public static class ReportMarkdownExtensions
{
    public static MarkdownPipelineBuilder UseRatingBoxes(this MarkdownPipelineBuilder b) => b.UseCustomContainers().With<RatingBoxExtension>();
    public static MarkdownPipelineBuilder UseRatingLabels(this MarkdownPipelineBuilder b) => b.UseCustomContainers().With<RatingLabelExtension>();
    public static MarkdownPipelineBuilder UseKeyQuestionTables(this MarkdownPipelineBuilder b) => b.UseCustomContainers().UsePipeTables().With<KeyQuestionTableExtension>();
    public static MarkdownPipelineBuilder UseRatingsTables(this MarkdownPipelineBuilder b) => b.UseCustomContainers().UsePipeTables().With<RatingsTableExtension>();
    public static MarkdownPipelineBuilder UseSurveyCharts(this MarkdownPipelineBuilder b) => b.UseCustomContainers().With<SurveyChartExtension>();
    public static MarkdownPipelineBuilder UseSurveyQuotes(this MarkdownPipelineBuilder b) => b.UseCustomContainers().With<SurveyQuotesExtension>();
    public static MarkdownPipelineBuilder UsePageBreaks(this MarkdownPipelineBuilder b) => b.UseCustomContainers().With<PageBreakExtension>();
    public static MarkdownPipelineBuilder UseKeepTogether(this MarkdownPipelineBuilder b) => b.UseCustomContainers().With<KeepTogetherExtension>();
    public static MarkdownPipelineBuilder UseNarrativeBlocks(this MarkdownPipelineBuilder b) => b.UseCustomContainers().With<NarrativeExtension>();
    public static MarkdownPipelineBuilder UseReportSections(this MarkdownPipelineBuilder b) => b.UseCustomContainers().With<SectionExtension>();

    /// <summary>Curly quotes and apostrophes (<see cref="Extensions.Quotes.TypographicQuotes"/>) in both editions.</summary>
    public static MarkdownPipelineBuilder UseTypographicQuotes(this MarkdownPipelineBuilder b) =>
        b.UseSmartyPants(Extensions.Quotes.TypographicQuotes.Options).With<Extensions.Quotes.ApostropheExtension>();

    /// <summary>No-break spaces between a number and what it counts (<see cref="Extensions.NoBreakSpaces.NoBreakSpaceExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseNoBreakSpaces(this MarkdownPipelineBuilder b) => b.With<Extensions.NoBreakSpaces.NoBreakSpaceExtension>();

    private static MarkdownPipelineBuilder With<T>(this MarkdownPipelineBuilder builder) where T : class, IMarkdownExtension, new()
    {
        builder.Extensions.AddIfNotAlready<T>();
        return builder;
    }
}

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
