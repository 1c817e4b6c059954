using ReportBuilder.Dialect.Features.Containers;

namespace ReportBuilder.Dialect.Features.SurveyChart;

/// <summary>Turns <c>:::survey-chart</c> containers into <see cref="SurveyChartBlock"/>s.</summary>
public sealed class SurveyChartExtension() : ContainerBlockExtension<SurveyChartBlock>(Name)
{
    public const string Name = "survey-chart";
}
