using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Core.Tests.Ratings;

public class RatingRulesTests
{
    [Theory]
    [InlineData(0, Rating.Inadequate)]
    [InlineData(49, Rating.Inadequate)]
    [InlineData(49.9, Rating.Inadequate)]
    [InlineData(50, Rating.RequiresImprovement)]
    [InlineData(64, Rating.RequiresImprovement)]
    [InlineData(64.5, Rating.RequiresImprovement)]
    [InlineData(65, Rating.Good)]
    [InlineData(79, Rating.Good)]
    [InlineData(79.5, Rating.Good)]
    [InlineData(80, Rating.Outstanding)]
    [InlineData(100, Rating.Outstanding)]
    public void BandOf_PlacesEachEdgeInItsBand(double percent, Rating expected) =>
        Assert.Equal(expected, RatingRules.BandOf((decimal)percent));

    [Theory]
    [InlineData(-1)]
    [InlineData(100.1)]
    public void BandOf_RejectsPercentagesOutside0To100(double percent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingRules.BandOf((decimal)percent));

    [Theory]
    [InlineData(0, Rating.Inadequate)]
    [InlineData(6, Rating.Inadequate)]
    [InlineData(7, Rating.RequiresImprovement)]
    [InlineData(18, Rating.RequiresImprovement)]
    [InlineData(19, Rating.Good)]
    [InlineData(30, Rating.Good)]
    [InlineData(31, Rating.Outstanding)]
    [InlineData(36, Rating.Outstanding)]
    public void OverallFromTotal_PlacesEachEdgeInItsBand(int total, Rating expected) =>
        Assert.Equal(expected, RatingRules.OverallFromTotal(total));

    [Theory]
    [InlineData(-1)]
    [InlineData(37)]
    public void OverallFromTotal_RejectsTotalsOutside0To36(int total) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingRules.OverallFromTotal(total));

    [Theory]
    [InlineData(Rating.Outstanding, 3)]
    [InlineData(Rating.Good, 2)]
    [InlineData(Rating.RequiresImprovement, 1)]
    [InlineData(Rating.Inadequate, 0)]
    public void Points_Are3210(Rating rating, int points) => Assert.Equal(points, RatingRules.Points(rating));

    [Fact]
    public void RatingFromKeyQuestions_Lincolnshire31_IsGoodFromItsLowest73() =>
        Assert.Equal(Rating.Good, RatingRules.RatingFromKeyQuestions([88m, 73m, 73m]));

    [Fact]
    public void RatingFromKeyQuestions_Lincolnshire21_IsOutstandingFrom83() =>
        Assert.Equal(Rating.Outstanding, RatingRules.RatingFromKeyQuestions([94m, 83m, 94m]));

    [Fact]
    public void RatingFromKeyQuestions_UsesTheLowestNotTheAverage() =>
        // Average 83 would be Outstanding; the lowest, 49, is Inadequate.
        Assert.Equal(Rating.Inadequate, RatingRules.RatingFromKeyQuestions([100m, 100m, 49m]));

    [Fact]
    public void RatingFromKeyQuestions_RejectsNoQuestions() =>
        Assert.Throws<ArgumentException>(() => RatingRules.RatingFromKeyQuestions([]));

    [Fact]
    public void Total_CountsOnlyScoredStandards()
    {
        var standards = new[] { (Rating.Outstanding, true), (Rating.Good, true), (Rating.Outstanding, false) };
        Assert.Equal(5, RatingRules.Total(standards));
    }

    [Fact]
    public void Total_LincolnshireRatings_Is31OutOf36AndOutstanding()
    {
        // 1.1-1.4, 2.1-2.4, 3.1-3.4 as published, then 4.1 resettlement (Good, not scored).
        Rating[] scored = [Rating.Outstanding, Rating.Good, Rating.Good, Rating.Outstanding,
            Rating.Outstanding, Rating.Outstanding, Rating.Outstanding, Rating.Outstanding,
            Rating.Good, Rating.Good, Rating.Good, Rating.Outstanding];
        var all = scored.Select(r => (r, true)).Append((Rating.Good, false)).ToList();
        var total = RatingRules.Total(all);
        Assert.Equal(31, total);
        Assert.Equal(36, RatingRules.MaximumScore(12));
        Assert.Equal(Rating.Outstanding, RatingRules.OverallFromTotal(total));
    }

    [Fact]
    public void LowestIndices_ReturnsTheSingleLowest() => Assert.Equal([1], RatingRules.LowestIndices([94m, 83m, 94m]));

    [Fact]
    public void LowestIndices_ReturnsAllTiedForLowest() => Assert.Equal([1, 2], RatingRules.LowestIndices([88m, 73m, 73m]));

    [Fact]
    public void LowestIndices_AllEqual_ReturnsAll() => Assert.Equal([0, 1, 2], RatingRules.LowestIndices([94m, 94m, 94m]));

    [Fact]
    public void LowestIndices_Empty_ReturnsNone() => Assert.Empty(RatingRules.LowestIndices([]));
}
