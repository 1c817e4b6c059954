using ReportBuilder.Core.Model;
using ReportBuilder.Dialect.Features.SurveyChart;
using ReportBuilder.Templating.Theming;

namespace ReportBuilder.Templating.Tests.Markdown;

/// <summary>The numbers and words both editions' survey charts share: counts for every score, the value axis, the figures in words, the caption.</summary>
public class SurveyChartTests
{
    private static Survey WithScores(params (int Score, int Children)[] scores) =>
        new(40, 30, 30, scores.Select(s => new ScoreCount(s.Score, s.Children)).ToList(), []);

    [Fact]
    public void Counts_HaveEveryScoreFromZeroToTen_ThoseNobodyGaveAsZero()
    {
        var counts = SurveyScores.Counts(WithScores((0, 2), (7, 3), (10, 1)));
        Assert.Equal([2, 0, 0, 0, 0, 0, 0, 3, 0, 0, 1], counts);
    }

    [Fact]
    public void Counts_RefuseAScoreOutsideZeroToTen() =>
        Assert.Throws<ArgumentException>(() => SurveyScores.Counts(WithScores((11, 1))));

    [Fact]
    public void Describe_GivesEveryCount_HighestScoreFirst_AndNamesTheScoresNobodyGave()
    {
        int[] lincolnshire = [0, 0, 0, 0, 0, 1, 1, 4, 4, 4, 5];
        Assert.Equal("5 children scored 10, 4 scored 9, 4 scored 8, 4 scored 7, 1 scored 6 and 1 scored 5. No child scored 0, 1, 2, 3 or 4.",
            SurveyScores.Describe(lincolnshire));
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0 }, "1 child scored 7. No child scored 0, 1, 2, 3, 4, 5, 6, 8, 9 or 10.")]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "No child gave a score.")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2 }, "2 children scored 10, 1 scored 9, 1 scored 8, 1 scored 7, 1 scored 6, 1 scored 5, 1 scored 4, 1 scored 3, 1 scored 2, 1 scored 1 and 1 scored 0.")]
    public void Describe_ReadsAsASentence(int[] counts, string expected) => Assert.Equal(expected, SurveyScores.Describe(counts));

    [Theory]
    [InlineData(5, 6, 1, 6)]     // 0..6 in ones: room above the tallest column for its number
    [InlineData(5, 3, 2, 6)]     // a short plot: 0, 2, 4, 6
    [InlineData(6, 6, 2, 8)]
    [InlineData(0, 6, 1, 1)]
    [InlineData(130, 6, 50, 150)]
    [InlineData(9, 0, 10, 10)]   // no room for more than one interval
    public void Ticks_AreOneTwoOrFiveTimesAPowerOfTen_AboveTheLargestCount(int largest, int intervals, int step, int top)
    {
        var (s, t) = SurveyScores.Ticks([0, largest], intervals);
        Assert.Equal((step, top), (s, t));
        Assert.True(t > largest);
        Assert.True(t / s <= Math.Max(1, intervals));
    }

    [Fact]
    public void Wording_IsTheSetsStrings_NumberedByTheCaller()
    {
        var strings = new Dictionary<string, string>
        {
            [SurveyChartWording.FigureKey] = "Ffigur",
            [SurveyChartWording.CaptionKey] = "Sut roedd plant yn graddio'r gwasanaeth",
        };
        var wording = new ChartTheme().Wording(strings);
        Assert.Equal("Ffigur 2: Sut roedd plant yn graddio'r gwasanaeth", wording.Numbered(2));
        Assert.Equal(new ChartTheme().AxisLabel, wording.ValueAxis);   // a string the set lacks: the theme's
    }
}
