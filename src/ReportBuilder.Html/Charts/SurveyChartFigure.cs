using System.Text;
using ReportBuilder.Core.Model;
using ReportBuilder.Dialect.Features.SurveyChart;

namespace ReportBuilder.Html.Charts;

/// <summary>
/// The survey chart as a <c>&lt;figure&gt;</c>: the numbered caption ("Figure 1: …", as the PDF prints it), the SVG,
/// and the same numbers as a table in a <c>&lt;details&gt;</c> element (opens without script), for readers who want
/// the figures rather than the picture.
/// </summary>
public static class SurveyChartFigure
{
    /// <param name="survey">The survey to draw.</param>
    /// <param name="id">A document-unique id for the figure; the parts inside derive theirs from it.</param>
    /// <param name="caption">The whole caption, number included (plain text, escaped here).</param>
    /// <param name="wording">The set's words for the chart's title and axes; the defaults when null.</param>
    public static string Html(Survey survey, string id, string caption, SurveyChartWording? wording = null)
    {
        var counts = SurveyScores.Counts(survey);
        var html = new StringBuilder();
        html.Append("<figure class=\"figure\" id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-caption\">\n");
        html.Append("<figcaption id=\"").Append(id).Append("-caption\">").Append(HtmlText.Escape(caption)).Append("</figcaption>\n");
        html.Append(SurveyChartSvg.Render(survey, id + "-chart", wording)).Append('\n');
        html.Append("<details class=\"figure__data\" data-edition=\"html\">\n<summary>The numbers in this chart</summary>\n");
        html.Append("<table>\n<caption>Number of children who gave each score out of 10</caption>\n");
        html.Append("<thead><tr><th scope=\"col\">Score out of 10</th><th scope=\"col\">Children</th></tr></thead>\n<tbody>\n");
        for (var score = SurveyScores.Highest; score >= SurveyScores.Lowest; score--)
        {
            html.Append("<tr><th scope=\"row\">").Append(score).Append("</th><td>").Append(counts[score]).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</details>\n</figure>\n");
        return html.ToString();
    }
}
