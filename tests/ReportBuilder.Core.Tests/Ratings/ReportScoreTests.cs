using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Core.Tests.Ratings;

public class ReportScoreTests
{
    private static Standard Evidence(string id, Rating rating, bool scored = true) =>
        new(id, int.Parse(id[..1]), "Domain", "Name", "Statement", JudgedOn.Evidence, rating, scored, [], new MarkdownSource("f.md", "x"), new SourceSpan("s.csv", 2, 1));

    private static Standard Cases(string id, Rating stated, params decimal[] percents) =>
        new(id, int.Parse(id[..1]), "Domain", "Name", "Statement", JudgedOn.Cases, stated, true,
            percents.Select((p, i) => new KeyQuestion(id, $"Q{i}", p, null, null, new SourceSpan("k.csv", i + 2, 1))).ToList(),
            new MarkdownSource("f.md", "x"), new SourceSpan("s.csv", 2, 1));

    [Fact]
    public void CaseStandard_IsRatedFromItsLowestKeyQuestion_NotItsStatedRating()
    {
        var score = ReportScore.Compute([Cases("3.1", Rating.Outstanding, 88, 73, 73)]);
        var rated = score.Standard("3.1")!;
        Assert.Equal(Rating.Good, rated.Rating);
        Assert.True(rated.StatedDiffers);
        Assert.Equal([1, 2], rated.LowestKeyQuestions);
        Assert.Equal(2, rated.Points);
    }

    [Fact]
    public void EvidenceStandard_KeepsItsStatedRating() =>
        Assert.Equal(Rating.RequiresImprovement, ReportScore.Compute([Evidence("1.1", Rating.RequiresImprovement)]).Standard("1.1")!.Rating);

    [Fact]
    public void UnscoredStandard_EarnsNoPoints_AndIsNotInTheMaximum()
    {
        var score = ReportScore.Compute([Evidence("1.1", Rating.Outstanding), Evidence("4.1", Rating.Outstanding, scored: false)]);
        Assert.Equal(3, score.Total);
        Assert.Equal(3, score.Maximum);
        Assert.Equal(0, score.Standard("4.1")!.Points);
    }

    [Fact]
    public void TwelveStandards_GiveTotalOutOf36_AndOverallFromIt()
    {
        var standards = new List<Standard>();
        for (var i = 1; i <= 4; i++) standards.Add(Evidence($"1.{i}", Rating.Good));
        for (var i = 1; i <= 4; i++) standards.Add(Cases($"2.{i}", Rating.Good, 70, 90));
        for (var i = 1; i <= 4; i++) standards.Add(Cases($"3.{i}", Rating.Inadequate, 40, 90));
        var score = ReportScore.Compute(standards);
        Assert.Equal(16, score.Total);
        Assert.Equal("16/36", score.ScoreText);
        Assert.Equal(Rating.RequiresImprovement, score.Overall);
    }
}
