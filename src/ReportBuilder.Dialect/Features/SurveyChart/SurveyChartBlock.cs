using Markdig.Extensions.CustomContainers;

namespace ReportBuilder.Dialect.Features.SurveyChart;

/// <summary><c>:::survey-chart</c>: the children's survey score distribution, drawn as a vector bar chart (a Figure whose alternative text gives every number).</summary>
public sealed class SurveyChartBlock() : CustomContainer(null!)
{
}
