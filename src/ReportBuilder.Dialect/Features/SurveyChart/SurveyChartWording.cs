namespace ReportBuilder.Dialect.Features.SurveyChart;

/// <summary>
/// The words of the survey chart, the template set's own (<c>strings.yaml</c>), so that both editions caption it
/// as the report speaks: "Figure 1: How children rated the service they received (score out of 10)".
/// </summary>
/// <remarks>
/// A set without these strings keeps the fallback's words (Templating gives its theme's <c>chart.title</c> and
/// <c>chart.axis_label</c>, so sets written before the strings existed build as they did, but for the figure number).
/// </remarks>
/// <param name="Figure">The word before a figure's number ("Figure").</param>
/// <param name="Caption">What the chart shows, after the number.</param>
/// <param name="ValueAxis">The title of the value axis ("Number of children").</param>
/// <param name="ScoreAxis">The title of the category axis ("Score").</param>
public sealed record SurveyChartWording(string Figure, string Caption, string ValueAxis, string ScoreAxis)
{
    public const string FigureKey = "figure";
    public const string CaptionKey = "survey_chart_caption";
    public const string ValueAxisKey = "survey_chart_value_axis";
    public const string ScoreAxisKey = "survey_chart_score_axis";

    /// <summary>The set's <paramref name="strings"/>, each one missing or blank taken from <paramref name="fallback"/>.</summary>
    public static SurveyChartWording From(IReadOnlyDictionary<string, string> strings, SurveyChartWording fallback)
    {
        string Get(string key, string otherwise) => strings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : otherwise;
        return new SurveyChartWording(Get(FigureKey, fallback.Figure), Get(CaptionKey, fallback.Caption), Get(ValueAxisKey, fallback.ValueAxis), Get(ScoreAxisKey, fallback.ScoreAxis));
    }

    /// <summary>"Figure 1: How children rated …".</summary>
    public string Numbered(int number) => $"{Figure} {number}: {Caption}";
}
