using System.Text.RegularExpressions;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Html.Charts;
using ReportBuilder.Html.Ratings;

namespace ReportBuilder.Html.Tests;

public class SurveyChartTests
{
    private static readonly Survey Lincolnshire = SampleEditionTests.SampleSurvey;

    [Fact]
    public void Render_DrawsOneBarPerScoreGivenWithLengthsInProportion()
    {
        var svg = SurveyChartSvg.Render(Lincolnshire, "c");
        var widths = Regex.Matches(svg, "<rect class=\"chart__bar\"[^>]* width=\"([0-9.]+)\"").Select(m => double.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal([500, 400, 400, 400, 100, 100], widths); // 5, 4, 4, 4, 1, 1 children; the largest bar is full length
    }

    [Fact]
    public void Render_LabelsEveryScoreFrom10To1AndPrintsEachCount()
    {
        var svg = SurveyChartSvg.Render(Lincolnshire, "c");
        var labels = Regex.Matches(svg, "class=\"chart__label\"[^>]*>([0-9]+)<").Select(m => m.Groups[1].Value);
        Assert.Equal(["10", "9", "8", "7", "6", "5", "4", "3", "2", "1"], labels);
        var values = Regex.Matches(svg, "class=\"chart__value\"[^>]*>([0-9]+)<").Select(m => m.Groups[1].Value);
        Assert.Equal(["5", "4", "4", "4", "1", "1", "0", "0", "0", "0"], values);
    }

    [Fact]
    public void Render_IsAnImageNamedByItsTitleAndDescribedByTheNumbers()
    {
        var svg = SurveyChartSvg.Render(Lincolnshire, "c");
        Assert.Contains("role=\"img\" aria-labelledby=\"c-title c-desc\"", svg);
        Assert.Contains("<desc id=\"c-desc\">Of 19 children who gave a score: 5 children gave 10; 4 gave 9; 4 gave 8; 4 gave 7; 1 gave 6; 1 gave 5.</desc>", svg);
    }

    [Fact]
    public void Description_SaysChildForOne()
    {
        var survey = new Survey(3, 1, 1, [new ScoreCount(7, 1)], []);
        Assert.Equal("Of 1 children who gave a score: 1 child gave 7.", SurveyChartSvg.Description(survey));
    }

    [Fact]
    public void Render_RefusesScoresOutsideOneToTen()
    {
        var survey = new Survey(3, 1, 1, [new ScoreCount(11, 1)], []);
        var error = Assert.Throws<ArgumentException>(() => SurveyChartSvg.Render(survey, "c"));
        Assert.Contains("11", error.Message);
    }

    [Fact]
    public void Render_IsTheSameBytesEveryTime() =>
        Assert.Equal(SurveyChartSvg.Render(Lincolnshire, "c"), SurveyChartSvg.Render(Lincolnshire with { }, "c"));

    [Fact]
    public void Figure_HasCaptionSvgAndTheNumbersAsATable()
    {
        var html = SurveyChartFigure.Html(Lincolnshire, "f", "Scores & more");
        Assert.StartsWith("<figure class=\"figure\" id=\"f\"", html);
        Assert.Contains("<figcaption id=\"f-caption\">Scores &amp; more</figcaption>", html);
        Assert.Contains("<caption>Number of children who gave each score out of 10</caption>", html);
        Assert.Contains("<tr><th scope=\"row\">10</th><td>5</td></tr>", html);
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
