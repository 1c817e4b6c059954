using ReportBuilder.Templating.Markdown.Extensions.Containers;

namespace ReportBuilder.Templating.Markdown.Extensions.SurveyChart;

/// <summary>Turns <c>:::survey-chart</c> containers into <see cref="SurveyChartBlock"/>s.</summary>
public sealed class SurveyChartExtension() : ContainerBlockExtension<SurveyChartBlock, LayoutSurveyChartRenderer>(Name)
{
    public const string Name = "survey-chart";
}
