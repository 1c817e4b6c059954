using Markdig;
using ReportBuilder.Dialect.Features.KeepTogether;
using ReportBuilder.Dialect.Features.KeyQuestions;
using ReportBuilder.Dialect.Features.Narrative;
using ReportBuilder.Dialect.Features.PageBreak;
using ReportBuilder.Dialect.Features.RatingBox;
using ReportBuilder.Dialect.Features.RatingLabel;
using ReportBuilder.Dialect.Features.RatingsTable;
using ReportBuilder.Dialect.Features.Sections;
using ReportBuilder.Dialect.Features.SurveyChart;
using ReportBuilder.Dialect.Features.SurveyQuotes;

namespace ReportBuilder.Dialect;

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

    /// <summary>Curly quotes and apostrophes (<see cref="Features.Quotes.TypographicQuotes"/>) in both editions.</summary>
    public static MarkdownPipelineBuilder UseTypographicQuotes(this MarkdownPipelineBuilder b) =>
        b.UseSmartyPants(Features.Quotes.TypographicQuotes.Options).With<Features.Quotes.ApostropheExtension>();

    /// <summary>No-break spaces between a number and what it counts (<see cref="Features.NoBreakSpaces.NoBreakSpaceExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseNoBreakSpaces(this MarkdownPipelineBuilder b) => b.With<Features.NoBreakSpaces.NoBreakSpaceExtension>();

    private static MarkdownPipelineBuilder With<T>(this MarkdownPipelineBuilder builder) where T : class, IMarkdownExtension, new()
    {
        builder.Extensions.AddIfNotAlready<T>();
        return builder;
    }
}
