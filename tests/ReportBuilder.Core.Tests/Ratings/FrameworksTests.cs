using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Core.Tests.Ratings;

public class FrameworksTests
{
    [Fact]
    public void Youth2021_ScoresTwelveStandardsOutOf36_AndNeverResettlement()
    {
        var f = Frameworks.Youth2021;
        Assert.Equal(13, f.Standards.Count);
        Assert.Equal(36, f.MaximumScore);
        Assert.False(f.Scores("4.1"));
        Assert.True(f.Scores("3.4"));
        Assert.Equal(JudgedOn.Evidence, f.Find("3.4")!.JudgedOn);
    }

    [Fact]
    public void Youth2018_HasTwelveStandards_JointWorkingJudgedOnCases_NoResettlement()
    {
        var f = Frameworks.Youth2018;
        Assert.Equal(12, f.Standards.Count);
        Assert.Equal(36, f.MaximumScore);
        Assert.Equal("Joint working", f.Find("3.4")!.Name);
        Assert.Equal(JudgedOn.Cases, f.Find("3.4")!.JudgedOn);
        Assert.Null(f.Find("4.1"));
        Assert.False(f.Scores("4.1"));
    }

    [Fact]
    public void NoFramework_ScoresAResettlementDomain() =>
        Assert.All(Frameworks.All.SelectMany(f => f.Standards).Where(s => s.Domain == 4), s => Assert.False(s.Scored));

    [Fact]
    public void Find_ByTemplateFrameworkId()
    {
        Assert.Same(Frameworks.Youth2021, Frameworks.Find("hmip-youth-2021"));
        Assert.Null(Frameworks.Find("hmip-adult-2021"));
    }
}
