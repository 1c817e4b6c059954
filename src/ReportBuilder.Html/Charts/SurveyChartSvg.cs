using System.Globalization;
using System.Text;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Html.Charts;

/// <summary>
/// The children's survey as an inline SVG bar chart: one row per score from 10 down to 1, a bar as long as the
/// number of children who gave it, and the number printed at the bar's end so that no reader has to judge lengths.
/// </summary>
/// <remarks>
/// Every score from 1 to 10 has a row, a zero one included: a chart that starts at the lowest score given would
/// hide that nobody scored lower. Coordinates are whole numbers or rounded to 0.1 with the invariant culture, so
/// the same survey always gives the same bytes. The SVG is <c>role="img"</c>, named by its own title and
/// described by its desc (the numbers in words); the figure around it adds the numbers as a table.
/// </remarks>
public static class SurveyChartSvg
{
    public const int MaximumScore = 10;

    private const int Width = 640;
    private const int LabelRight = 56;      // right edge of the score labels
    private const int BarLeft = 64;
    private const int BarMaxWidth = 500;
    private const int HeaderHeight = 30;
    private const int RowHeight = 28;
    private const int BarHeight = 18;

    /// <summary>The chart's <c>&lt;svg&gt;</c> element.</summary>
    /// <param name="survey">The survey; its scores must lie between 1 and 10.</param>
    /// <param name="id">A document-unique id; the title and desc get <c>{id}-title</c> and <c>{id}-desc</c>.</param>
    /// <exception cref="ArgumentException">A score outside 1–10 or a negative count (the loader should have said so).</exception>
    public static string Render(Survey survey, string id)
    {
        var counts = CountsByScore(survey);
        var largest = Math.Max(1, counts.Values.Max());
        var height = HeaderHeight + MaximumScore * RowHeight + 8;

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(Invariant($"<title id=\"{id}-title\">{HtmlText.Escape(Title)}</title>"));
        svg.Append(Invariant($"<desc id=\"{id}-desc\">{HtmlText.Escape(Description(survey))}</desc>"));
        svg.Append(Invariant($"<text class=\"chart__heading\" x=\"{LabelRight}\" y=\"18\" text-anchor=\"end\">Score</text>"));
        svg.Append(Invariant($"<text class=\"chart__heading\" x=\"{BarLeft}\" y=\"18\">Number of children</text>"));
        svg.Append(Invariant($"<line class=\"chart__axis\" x1=\"{BarLeft - 2}\" y1=\"{HeaderHeight - 4}\" x2=\"{BarLeft - 2}\" y2=\"{height - 4}\"/>"));

        for (var score = MaximumScore; score >= 1; score--)
        {
            var row = MaximumScore - score;
            var top = HeaderHeight + row * RowHeight;
            var baseline = top + RowHeight / 2 + 5;
            var children = counts[score];
            var barWidth = Math.Round((double)children / largest * BarMaxWidth, 1);
            svg.Append(Invariant($"<text class=\"chart__label\" x=\"{LabelRight}\" y=\"{baseline}\" text-anchor=\"end\">{score}</text>"));
            if (children > 0)
            {
                svg.Append(Invariant($"<rect class=\"chart__bar\" x=\"{BarLeft}\" y=\"{top + (RowHeight - BarHeight) / 2}\" width=\"{barWidth:0.#}\" height=\"{BarHeight}\"/>"));
            }
            svg.Append(Invariant($"<text class=\"chart__value\" x=\"{BarLeft + barWidth + 6:0.#}\" y=\"{baseline}\">{children}</text>"));
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The chart's short name.</summary>
    public const string Title = "Bar chart of the scores out of 10 that children gave the service";

    /// <summary>The numbers in words, highest score first, leaving out scores nobody gave: "5 children gave 10; 4 gave 9; …".</summary>
    public static string Description(Survey survey)
    {
        var counts = CountsByScore(survey);
        var parts = new List<string>();
        for (var score = MaximumScore; score >= 1; score--)
        {
            var children = counts[score];
            if (children == 0) continue;
            var who = parts.Count == 0 ? (children == 1 ? "1 child" : Invariant($"{children} children")) : Invariant($"{children}");
            parts.Add(Invariant($"{who} gave {score}"));
        }
        var total = counts.Values.Sum();
        return parts.Count == 0
            ? "No child gave a score."
            : Invariant($"Of {total} children who gave a score: ") + string.Join("; ", parts) + ".";
    }

    /// <summary>Children per score, every score from 1 to 10 present (zero when nobody gave it).</summary>
    public static IReadOnlyDictionary<int, int> CountsByScore(Survey survey)
    {
        var counts = Enumerable.Range(1, MaximumScore).ToDictionary(score => score, _ => 0);
        foreach (var entry in survey.Scores)
        {
            if (entry.Score is < 1 or > MaximumScore)
                throw new ArgumentException($"Survey score {entry.Score} is outside 1–{MaximumScore}.", nameof(survey));
            if (entry.Children < 0)
                throw new ArgumentException($"Survey score {entry.Score} has a negative count ({entry.Children}).", nameof(survey));
            counts[entry.Score] += entry.Children;
        }
        return counts;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
