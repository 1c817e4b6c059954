using ReportBuilder.Cli;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Data.Tests;

/// <summary>The repository's report folders pass 'check' with their published figures.</summary>
public class RealReportTests
{
    private static (int Exit, string Output) Check(string folder)
    {
        var output = new StringWriter();
        var exit = Program.Run(["check", folder, "--templates", Repository.Templates], output, output);
        return (exit, output.ToString());
    }

    [Fact]
    public void Lincolnshire2023_Is31Of36_Outstanding_WithTheRatingsAsPublished()
    {
        var (exit, output) = Check(Repository.Data("lincolnshire-2023"));
        Assert.True(exit == 0, output);
        Assert.Contains("Score: 31/36", output);
        Assert.Contains("Overall rating: Outstanding", output);

        var result = ReportFolderLoader.Load(Repository.Data("lincolnshire-2023"), new ReportLoadOptions { TemplatesRoot = Repository.Templates });
        var score = result.Score!;
        Assert.Equal(Rating.Good, score.Standard("3.1")!.Rating);
        Assert.Equal(73m, score.Standard("3.1")!.Standard.KeyQuestions.Min(q => q.PercentYes));
        Assert.Equal([1, 2], score.Standard("3.1")!.LowestKeyQuestions);
        Assert.Equal(Rating.Outstanding, score.Standard("2.1")!.Rating);
        Assert.Equal([1], score.Standard("2.1")!.LowestKeyQuestions);
        Assert.Equal(83m, score.Standard("2.1")!.Standard.KeyQuestions[1].PercentYes);
        Assert.False(score.Standard("4.1")!.Standard.Scored);
        Assert.Equal(Rating.Good, score.Standard("4.1")!.Rating);
        Assert.Equal(4, result.Report!.Recommendations.Count);
        Assert.Equal(31, result.Report.Metadata.Stated.Score);
    }

    [Fact]
    public void Example2019_Is12Of36_RequiresImprovement_On2018Framework()
    {
        var (exit, output) = Check(Repository.Data("example-2019-requires-improvement"));
        Assert.True(exit == 0, output);
        Assert.Contains("Score: 12/36", output);
        Assert.Contains("Overall rating: Requires improvement", output);

        var result = ReportFolderLoader.Load(Repository.Data("example-2019-requires-improvement"), new ReportLoadOptions { TemplatesRoot = Repository.Templates });
        var report = result.Report!;
        Assert.Equal("hmip-youth-2018", report.Framework.Id);
        Assert.Equal(12, report.Standards.Count);
        Assert.Equal("Joint working", report.Standard("3.4")!.Name);
        Assert.Null(report.Survey);
        Assert.Equal(6, report.Recommendations.Count);
        Assert.Contains(result.Score!.Standards, s => s.Rating == Rating.Inadequate);
        Assert.Contains("Her Majesty's", report.Metadata.InspectorateFull);
        Assert.Contains("fictional", report.Texts.Foreword!.Text);
    }
}
