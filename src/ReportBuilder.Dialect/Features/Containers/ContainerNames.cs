using ReportBuilder.Dialect.Features.KeepTogether;
using ReportBuilder.Dialect.Features.KeyQuestions;
using ReportBuilder.Dialect.Features.Narrative;
using ReportBuilder.Dialect.Features.PageBreak;
using ReportBuilder.Dialect.Features.RatingBox;
using ReportBuilder.Dialect.Features.RatingsTable;
using ReportBuilder.Dialect.Features.Sections;
using ReportBuilder.Dialect.Features.SurveyChart;
using ReportBuilder.Dialect.Features.SurveyQuotes;

namespace ReportBuilder.Dialect.Features.Containers;

/// <summary>The <c>:::name</c> containers of the dialect, and the few of them a report folder's own texts may use.</summary>
public static class ContainerNames
{
    /// <summary>Every container the templates may write, in the order suggestions are tried.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        SectionExtension.CoverName, SectionExtension.InsideCoverName, SectionExtension.ContentsName, RatingBoxExtension.Name,
        KeyQuestionTableExtension.Name, RatingsTableExtension.Name, SurveyChartExtension.Name, SurveyQuotesExtension.Name,
        PageBreakExtension.Name, KeepTogetherExtension.Name, KeepTogetherExtension.WithNextName, NarrativeExtension.Name,
    ];

    /// <summary>
    /// The containers a narrative text of the report folder may hold: it places parts of the children's survey; the
    /// rest (cover, rating boxes, tables, layout hints) are the templates' to write.
    /// </summary>
    public static IReadOnlyList<string> InNarrativeText { get; } = [SurveyChartExtension.Name, SurveyQuotesExtension.Name];
}
