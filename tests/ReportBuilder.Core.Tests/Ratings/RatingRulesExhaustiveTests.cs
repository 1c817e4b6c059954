using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Core.Tests.Ratings;

/// <summary>The domains are small enough to check every value, not just the edges.</summary>
public class RatingRulesExhaustiveTests
{
    [Fact]
    public void BandOf_IsMonotonic_AndChangesOnlyAt50_65_80()
    {
        var previous = RatingRules.BandOf(0);
        for (var tenths = 1; tenths <= 1000; tenths++)
        {
            var percent = tenths / 10m;
            var band = RatingRules.BandOf(percent);
            Assert.True(band >= previous, $"{percent}");
            if (band != previous) Assert.Contains(percent, new[] { 50m, 65m, 80m });
            previous = band;
        }
    }

    [Fact]
    public void OverallFromTotal_IsMonotonic_AndChangesOnlyAt7_19_31()
    {
        var previous = RatingRules.OverallFromTotal(0);
        for (var total = 1; total <= 36; total++)
        {
            var overall = RatingRules.OverallFromTotal(total);
            Assert.True(overall >= previous, $"{total}");
            if (overall != previous) Assert.Contains(total, new[] { 7, 19, 31 });
            previous = overall;
        }
    }

    [Fact]
    public void RatingFromKeyQuestions_IsTheBandOfTheMinimum_ForEveryPairAndOrder()
    {
        for (var a = 0; a <= 100; a += 3)
        for (var b = 0; b <= 100; b += 7)
        {
            var expected = RatingRules.BandOf(Math.Min(a, b));
            Assert.Equal(expected, RatingRules.RatingFromKeyQuestions([a, b, 100]));
            Assert.Equal(expected, RatingRules.RatingFromKeyQuestions([100, b, a]));
        }
    }

    [Fact]
    public void LowestIndices_PointAtEveryMinimumAndNothingElse()
    {
        var random = new Random(7);
        for (var run = 0; run < 500; run++)
        {
            var figures = Enumerable.Range(0, random.Next(1, 6)).Select(_ => (decimal)random.Next(60, 66)).ToArray();
            var lowest = RatingRules.LowestIndices(figures);
            var min = figures.Min();
            Assert.Equal(Enumerable.Range(0, figures.Length).Where(i => figures[i] == min), lowest);
        }
    }
}
