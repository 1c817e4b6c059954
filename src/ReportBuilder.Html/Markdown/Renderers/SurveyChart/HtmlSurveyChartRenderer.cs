using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportBuilder.Core.Model;
using ReportBuilder.Html.Charts;
using ReportBuilder.Dialect.Features.SurveyChart;

namespace ReportBuilder.Html.Markdown.Renderers.SurveyChart;

/// <summary><c>:::survey-chart</c>: the survey's scores as an inline SVG in a figure, with the numbers as a table beside it.</summary>
/// <remarks>
/// Text inside the container, if a template writes any, is the caption; else the one given (the theme's chart title). A report without a survey is refused
/// by the Markdown checks before rendering; should one get here, nothing is drawn rather than an empty chart.
/// </remarks>
public sealed class HtmlSurveyChartRenderer(Survey? survey, string? defaultCaption = null) : HtmlObjectRenderer<SurveyChartBlock>
{
    private int _charts;

    protected override void Write(HtmlRenderer renderer, SurveyChartBlock block)
    {
        if (survey is null) return;
        _charts++;
        var id = _charts == 1 ? "survey-chart" : $"survey-chart-{_charts}";
        var caption = block.Descendants<ParagraphBlock>().Select(Document.PlainText.Of).FirstOrDefault(t => t.Length > 0) ?? defaultCaption;
        renderer.EnsureLine();
        renderer.Write(SurveyChartFigure.Html(survey, id, caption));
    }
}
