using System.Text.RegularExpressions;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Html.Charts;
using ReportBuilder.Html.Ratings;

namespace ReportBuilder.Html.Tests;

public class SurveyChartTests
{
    private static readonly Survey Lincolnshire = SampleEditionTests.SampleSurvey;

    private static List<double> Numbers(string svg, string pattern) =>
        Regex.Matches(svg, pattern).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public void Render_DrawsAColumnPerScoreGiven_WithHeightsInProportion()
    {
        var svg = SurveyChartSvg.Render(Lincolnshire, "c");
        var heights = Numbers(svg, "<rect class=\"chart__bar\"[^>]* height=\"([0-9.]+)\"");
        Assert.Equal(6, heights.Count);                   // 1, 1, 4, 4, 4, 5 children (scores 5 to 10)
        Assert.Equal(heights[0] * 5, heights[^1], 0.5);
        Assert.Equal(heights[0] * 4, heights[2], 0.5);
    }

    [Fact]
    public void Render_LabelsEveryScoreFrom0To10_AndPrintsEachCountGiven()
    {
        var svg = SurveyChartSvg.Render(Lincolnshire, "c");
        var labels = Regex.Matches(svg, "class=\"chart__label\"[^>]*>([0-9]+)<").Select(m => m.Groups[1].Value);
        Assert.Equal(Enumerable.Range(0, 11).Select(i => i.ToString()), labels);
        var values = Regex.Matches(svg, "class=\"chart__value\"[^>]*>([0-9]+)<").Select(m => m.Groups[1].Value);
        Assert.Equal(["1", "1", "4", "4", "4", "5"], values);
    }

    [Fact]
    public void Render_HasAValueAxisWithGridlinesAndLabelledTicks()
    {
        var svg = SurveyChartSvg.Render(Lincolnshire, "c");
        var ticks = Regex.Matches(svg, "class=\"chart__tick\"[^>]*>([0-9]+)<").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(0, ticks[0]);
        Assert.True(ticks[^1] > 5, "the top tick is above the largest count");
        Assert.Equal(ticks.Count - 1, Regex.Matches(svg, "class=\"chart__grid\"").Count);   // a gridline at every tick but the axis
        Assert.Contains(">Number of children</text>", svg);
        Assert.DoesNotContain("bar height", svg);
    }

    [Fact]
    public void Render_IsAnImageNamedByItsTitleAndDescribedByTheNumbers()
    {
        var svg = SurveyChartSvg.Render(Lincolnshire, "c");
        Assert.Contains("role=\"img\" aria-labelledby=\"c-title c-desc\"", svg);
        Assert.Contains("<desc id=\"c-desc\">5 children scored 10, 4 scored 9, 4 scored 8, 4 scored 7, 1 scored 6 and 1 scored 5. No child scored 0, 1, 2, 3 or 4.</desc>", svg);
    }

    [Fact]
    public void Render_DrawsAScoreOfZero()
    {
        var survey = new Survey(3, 2, 2, [new ScoreCount(0, 2)], []);
        var svg = SurveyChartSvg.Render(survey, "c");
        Assert.Single(Regex.Matches(svg, "<rect class=\"chart__bar\""));
        Assert.Contains("2 children scored 0.", svg);
    }

    [Fact]
    public void Render_RefusesScoresOutsideZeroToTen()
    {
        var survey = new Survey(3, 1, 1, [new ScoreCount(11, 1)], []);
        var error = Assert.Throws<ArgumentException>(() => SurveyChartSvg.Render(survey, "c"));
        Assert.Contains("11", error.Message);
    }

    [Fact]
    public void Render_IsTheSameBytesEveryTime() =>
        Assert.Equal(SurveyChartSvg.Render(Lincolnshire, "c"), SurveyChartSvg.Render(Lincolnshire with { }, "c"));

    [Fact]
    public void Render_EscapesTheSetsWords()
    {
        var wording = SurveyChartSvg.DefaultWording with { Caption = "<b>Scores</b>", ValueAxis = "A & B" };
        var svg = SurveyChartSvg.Render(Lincolnshire, "c", wording);
        Assert.Contains("<title id=\"c-title\">&lt;b&gt;Scores&lt;/b&gt;</title>", svg);
        Assert.Contains(">A &amp; B</text>", svg);
    }

    [Fact]
    public void Figure_HasCaptionSvgAndTheNumbersAsATable()
    {
        var html = SurveyChartFigure.Html(Lincolnshire, "f", "Figure 1: Scores & more");
        Assert.StartsWith("<figure class=\"figure\" id=\"f\"", html);
        Assert.Contains("<figcaption id=\"f-caption\">Figure 1: Scores &amp; more</figcaption>", html);
        Assert.Contains("<caption>Number of children who gave each score out of 10</caption>", html);
        Assert.Contains("<tr><th scope=\"row\">10</th><td>5</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">0</th><td>0</td></tr>", html);
        Assert.Contains("<details class=\"figure__data\" data-edition=\"html\">", html);
    }
}

public class RatingBadgeTests
{
    [Theory]
    [InlineData(Rating.Outstanding, "outstanding", "Outstanding")]
    [InlineData(Rating.Good, "good", "Good")]
    [InlineData(Rating.RequiresImprovement, "requires-improvement", "Requires improvement")]
    [InlineData(Rating.Inadequate, "inadequate", "Inadequate")]
    public void Html_IsTheWordWithAHiddenSymbol(Rating rating, string key, string word)
    {
        var html = RatingBadge.Html(rating);
        Assert.StartsWith($"<span class=\"rating rating--{key}\"><svg", html);
        Assert.Contains("aria-hidden=\"true\"", html);
        Assert.EndsWith($"</svg>{word}</span>", html);
        Assert.True(RatingKeys.TryParse(key, out var parsed));
        Assert.Equal(rating, parsed);
    }

    [Fact]
    public void Icons_DifferForEveryRating() =>
        Assert.Equal(4, RatingNames.All.Select(RatingBadge.Icon).Distinct().Count());

    [Fact]
    public void Keys_RejectUnknownWords() => Assert.False(RatingKeys.TryParse("excellent", out _));
}
