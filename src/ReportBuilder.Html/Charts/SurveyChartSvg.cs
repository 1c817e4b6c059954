using System.Globalization;
using System.Text;
using ReportBuilder.Core.Model;
using ReportBuilder.Dialect.Features.SurveyChart;

namespace ReportBuilder.Html.Charts;

/// <summary>
/// The children's survey as an inline SVG column chart, drawn as the PDF draws it: a value axis with gridlines and
/// labelled ticks, a column for every score from 0 to 10 (those nobody gave included) with its count above it.
/// </summary>
/// <remarks>
/// The numbers come from <see cref="SurveyScores"/>, as the PDF's do, so the editions cannot disagree. Coordinates are
/// whole numbers or rounded to 0.1 with the invariant culture, so the same survey always gives the same bytes. The SVG
/// is <c>role="img"</c>, named by its title (the caption's words) and described by its desc (the figures in words); the
/// figure around it adds the numbers as a table.
/// </remarks>
public static class SurveyChartSvg
{
    private const int Width = 640;
    private const int Height = 270;
    private const int Left = 44;       // the tick labels, right-aligned before the plot
    private const int Top = 34;        // the value axis's title and room over the tallest column
    private const int Bottom = 236;    // the score axis; its labels below
    private const int LabelSize = 15;  // the style sheet's chart text size, for spacing the gridlines

    /// <summary>The chart's <c>&lt;svg&gt;</c> element.</summary>
    /// <param name="survey">The survey; its scores must lie between 0 and 10.</param>
    /// <param name="id">A document-unique id; the title and desc get <c>{id}-title</c> and <c>{id}-desc</c>.</param>
    /// <param name="wording">The set's words for the chart; the defaults when null.</param>
    /// <exception cref="ArgumentException">A score outside 0–10 or a negative count (the loader should have said so).</exception>
    public static string Render(Survey survey, string id, SurveyChartWording? wording = null)
    {
        wording ??= DefaultWording;
        var counts = SurveyScores.Counts(survey);
        var (step, highest) = SurveyScores.Ticks(counts, (Bottom - Top) / (LabelSize * 2));
        double Y(int value) => Math.Round(Bottom - (double)(Bottom - Top) * value / highest, 1);

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(Invariant($"<title id=\"{id}-title\">{HtmlText.Escape(wording.Caption)}</title>"));
        svg.Append(Invariant($"<desc id=\"{id}-desc\">{HtmlText.Escape(SurveyScores.Describe(counts))}</desc>"));
        svg.Append(Invariant($"<text class=\"chart__heading\" x=\"0\" y=\"16\">{HtmlText.Escape(wording.ValueAxis)}</text>"));
        for (var tick = 0; tick <= highest; tick += step)
        {
            var y = Y(tick);
            if (tick > 0) svg.Append(Invariant($"<line class=\"chart__grid\" x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width}\" y2=\"{y:0.#}\"/>"));
            svg.Append(Invariant($"<text class=\"chart__tick\" x=\"{Left - 8}\" y=\"{y + 5:0.#}\" text-anchor=\"end\">{tick}</text>"));
        }

        var band = (double)(Width - Left) / counts.Length;
        var bar = Math.Round(band * 0.62, 1);
        for (var score = 0; score < counts.Length; score++)
        {
            var middle = Math.Round(Left + band * (score + 0.5), 1);
            if (counts[score] > 0)
            {
                var y = Y(counts[score]);
                svg.Append(Invariant($"<rect class=\"chart__bar\" x=\"{middle - bar / 2:0.#}\" y=\"{y:0.#}\" width=\"{bar:0.#}\" height=\"{Bottom - y:0.#}\"/>"));
                svg.Append(Invariant($"<text class=\"chart__value\" x=\"{middle:0.#}\" y=\"{y - 6:0.#}\" text-anchor=\"middle\">{counts[score]}</text>"));
            }
            svg.Append(Invariant($"<text class=\"chart__label\" x=\"{middle:0.#}\" y=\"{Bottom + 22}\" text-anchor=\"middle\">{score}</text>"));
        }
        svg.Append(Invariant($"<line class=\"chart__axis\" x1=\"{Left}\" y1=\"{Bottom}\" x2=\"{Width}\" y2=\"{Bottom}\"/>"));
        svg.Append(Invariant($"<text class=\"chart__heading\" x=\"0\" y=\"{Bottom + 22}\">{HtmlText.Escape(wording.ScoreAxis)}</text>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The words of a set without its own (the theme's defaults).</summary>
    public static SurveyChartWording DefaultWording { get; } = new Templating.Theming.ChartTheme().Wording(new Dictionary<string, string>());

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
