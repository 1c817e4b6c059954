using Markdig.Syntax;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Dialect.Features.SurveyChart;

/// <summary><c>:::survey-chart</c> in a report that has no children's survey to chart.</summary>
public static class SurveyChartRule
{
    /// <param name="survey">The report's survey; null when the report folder has no <c>survey.yaml</c>.</param>
    public static void Check(MarkdownDocument document, MarkdownOrigin origin, Survey? survey, DiagnosticBag diagnostics)
    {
        if (survey is not null) return;
        foreach (var chart in document.Descendants<SurveyChartBlock>())
            diagnostics.Error(origin.SpanOf(chart), DiagnosticCodes.SurveyContainerWithoutSurvey,
                $"':::{SurveyChartExtension.Name}' places part of the children's survey, but the report folder has no survey.yaml{origin.Describe(chart)}");
    }
}
