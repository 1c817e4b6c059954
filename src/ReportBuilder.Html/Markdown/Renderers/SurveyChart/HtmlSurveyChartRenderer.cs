using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportBuilder.Core.Model;
using ReportBuilder.Dialect.Features.SurveyChart;
using ReportBuilder.Html.Charts;

namespace ReportBuilder.Html.Markdown.Renderers.SurveyChart;

/// <summary><c>:::survey-chart</c>: the survey's scores as an inline SVG in a figure numbered in document order, with the numbers as a table beside it.</summary>
/// <remarks>
/// The caption is "Figure N: " and the set's words (or, if a template writes text inside the container, that text), as
/// the PDF numbers and captions its figures. A report without a survey is refused by the Markdown checks before
/// rendering; should one get here, nothing is drawn rather than an empty chart.
/// </remarks>
public sealed class HtmlSurveyChartRenderer(Survey? survey, SurveyChartWording? wording = null) : HtmlObjectRenderer<SurveyChartBlock>
{
    private int _charts;

    protected override void Write(HtmlRenderer renderer, SurveyChartBlock block)
    {
        if (survey is null) return;
        _charts++;
        var id = _charts == 1 ? "survey-chart" : $"survey-chart-{_charts}";
        var words = wording ?? SurveyChartSvg.DefaultWording;
        var own = block.Descendants<ParagraphBlock>().Select(Document.PlainText.Of).FirstOrDefault(t => t.Length > 0);
        if (own is not null) words = words with { Caption = own };
        renderer.EnsureLine();
        renderer.Write(SurveyChartFigure.Html(survey, id, words.Numbered(_charts), words));
    }
}
