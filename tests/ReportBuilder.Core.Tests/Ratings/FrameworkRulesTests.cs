using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Core.Tests.Ratings;

/// <summary>What makes a framework (read from its file) usable by the rating rules, and that its bands decide.</summary>
public class FrameworkRulesTests
{
    private static Framework Make(params FrameworkStandard[] standards) => new("test-framework", "A test framework", standards);

    private static readonly FrameworkStandard Governance = new("1.1", 1, "Governance and leadership", JudgedOn.Evidence, true);

    [Fact]
    public void AWellFormedFramework_HasNoProblems() =>
        Assert.Empty(FrameworkRules.Validate(Make(Governance, new("4.1", 4, "Resettlement", JudgedOn.Evidence, false, MayBeNotRated: true))));

    [Fact]
    public void AScoredStandard_MayNotBeNotRated()
    {
        var problem = Assert.Single(FrameworkRules.Validate(Make(Governance, new("1.2", 1, "Staff", JudgedOn.Evidence, true, MayBeNotRated: true))));
        Assert.Equal(1, problem.StandardIndex);
        Assert.Equal("standard 1.2 is scored, so it may not be 'Not rated'", problem.Message);
    }

    [Theory]
    [InlineData("2.1", 1, "standard 2.1 is in domain 2 by its id, not 1")]
    [InlineData("2", 2, "standard id '2' is not a domain and a number, such as 2.1")]
    [InlineData("1.1", 1, "standard 1.1 is defined twice")]
    public void AStandard_NamesItsDomain_AndIsDefinedOnce(string id, int domain, string expected) =>
        Assert.Equal(expected, Assert.Single(FrameworkRules.Validate(Make(Governance, new(id, domain, "X", JudgedOn.Cases, true)))).Message);

    [Fact]
    public void BandsThatDoNotFall_AreAProblem()
    {
        var framework = Make(Governance) with { Bands = RatingBands.Published with { GoodFromPercent = 85 } };
        Assert.Contains(FrameworkRules.Validate(framework), p => p.Message.StartsWith("the percentage bands must fall"));
    }

    [Fact]
    public void TheFrameworksBands_DecideTheRatings()
    {
        var strict = RatingBands.Published with { GoodFromPercent = 75, GoodFromTotal = 25 };
        Assert.Equal(Rating.Good, RatingRules.BandOf(70, RatingBands.Published));
        Assert.Equal(Rating.RequiresImprovement, RatingRules.BandOf(70, strict));
        Assert.Equal(Rating.Good, RatingRules.OverallFromTotal(20, RatingBands.Published));
        Assert.Equal(Rating.RequiresImprovement, RatingRules.OverallFromTotal(20, strict));

        var standard = new Standard("2.1", 2, "Court disposals", "Assessment", "Statement.", JudgedOn.Cases, Rating.Good, true,
            [new KeyQuestion("2.1", "Q?", 70, null, null, new SourceSpan("k.csv", 2, 1))], new MarkdownSource("2.1.md", ""), new SourceSpan("s.csv", 2, 1));
        Assert.Equal(Rating.RequiresImprovement, ReportScore.Compute([standard], strict).Standard("2.1")!.Rating);
        Assert.Equal(Rating.Good, ReportScore.Compute([standard]).Standard("2.1")!.Rating);
    }
}
