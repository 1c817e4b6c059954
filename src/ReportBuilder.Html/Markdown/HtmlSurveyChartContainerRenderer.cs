using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using ReportBuilder.Core.Model;
using ReportBuilder.Html.Charts;

namespace ReportBuilder.Html.Markdown;

/// <summary>
/// Draws the survey chart where the text has <c>:::survey-chart</c>, when that fence was parsed as Markdig's
/// generic custom container; every other container goes to Markdig's own renderer unchanged.
/// </summary>
/// <remarks>
/// Markdig picks a renderer by node type, not by node, so this renderer stands in for the generic one and
/// forwards what it does not draw. A pipeline with a dedicated survey-chart node gets its own renderer instead.
/// </remarks>
public sealed class HtmlSurveyChartContainerRenderer(Survey? survey, HtmlObjectRenderer<CustomContainer> fallback) : HtmlObjectRenderer<CustomContainer>
{
    public const string ContainerName = "survey-chart";

    private int _charts;

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (container.Info != ContainerName)
        {
            fallback.Write(renderer, container);
            return;
        }
        if (survey is null)
            throw new InvalidOperationException($"line {container.Line + 1}: :::{ContainerName} needs a survey, but the report has no survey.yaml.");

        _charts++;
        var id = _charts == 1 ? "survey-chart" : $"survey-chart-{_charts}";
        var caption = string.IsNullOrWhiteSpace(container.Arguments) ? null : container.Arguments;
        renderer.EnsureLine();
        renderer.Write(SurveyChartFigure.Html(survey, id, caption));
    }
}
