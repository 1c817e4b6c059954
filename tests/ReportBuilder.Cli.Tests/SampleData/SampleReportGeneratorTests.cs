using ReportBuilder.Cli.Tests.Support;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Data.Loading;
using ReportBuilder.SampleData;

namespace ReportBuilder.Cli.Tests.SampleData;

public sealed class SampleReportGeneratorTests
{
    [Fact]
    public void EveryGeneratedFolder_PassesCheck_WithTheStatedScoreTheRulesGive()
    {
        using var folder = new TempFolder();
        var reports = SampleReportGenerator.Generate(folder.Path, 20, seed: 3);

        foreach (var generated in reports)
        {
            var result = ReportFolderLoader.Load(generated.Folder, new ReportLoadOptions { TemplatesRoot = Repository.Path("templates") });
            Assert.True(result.Diagnostics.Count == 0, $"{generated.Id}:\n{string.Join("\n", result.Diagnostics)}");
            Assert.Equal(generated.Score, result.Score!.Total);
            Assert.Equal(generated.Overall, result.Score.Overall);
            Assert.Equal(generated.Framework, result.Report!.Framework.Id);
        }
    }

    [Fact]
    public void TwentyReports_CoverBothFrameworks_SurveysAndVariedRatings()
    {
        using var folder = new TempFolder();
        var reports = SampleReportGenerator.Generate(folder.Path, 20, seed: 3);

        Assert.Equal(20, reports.Select(r => r.Id).Distinct().Count());
        Assert.Contains(reports, r => r.Framework == "hmip-youth-2018");
        Assert.Contains(reports, r => r.Framework == "hmip-youth-2021");
        Assert.Contains(reports, r => r.HasSurvey);
        Assert.Contains(reports, r => !r.HasSurvey);
        Assert.True(reports.Select(r => r.Overall).Distinct().Count() >= 3);
        Assert.DoesNotContain(reports, r => r.Framework == "hmip-youth-2018" && File.Exists(Path.Combine(r.Folder, "standards", "4.1.md")));
        var sizes = reports.Select(r => Directory.GetFiles(r.Folder, "*.md", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length)).ToList();
        Assert.True(sizes.Max() > sizes.Min() * 1.3, $"lengths should vary: {sizes.Min()}..{sizes.Max()}");
    }

    [Fact]
    public void TheSameSeed_GivesTheSameBytes_AndAnotherSeedDoesNot()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        using var c = new TempFolder();
        SampleReportGenerator.Generate(a.Path, 5, seed: 11);
        SampleReportGenerator.Generate(b.Path, 5, seed: 11);
        SampleReportGenerator.Generate(c.Path, 5, seed: 12);

        Assert.Equal(Snapshot(a.Path), Snapshot(b.Path));
        Assert.NotEqual(Snapshot(a.Path), Snapshot(c.Path));
    }

    [Fact]
    public void CaseJudgedRatings_AreTheBandOfTheLowestKeyQuestion()
    {
        using var folder = new TempFolder();
        var reports = SampleReportGenerator.Generate(folder.Path, 6, seed: 5);

        foreach (var generated in reports)
        {
            var report = ReportFolderLoader.Load(generated.Folder, new ReportLoadOptions { TemplatesRoot = Repository.Path("templates") }).Report!;
            foreach (var standard in report.Standards.Where(s => s.JudgedOn == JudgedOn.Cases))
                Assert.Equal(RatingRules.BandOf(standard.KeyQuestions.Min(q => q.PercentYes)), standard.StatedRating);
        }
    }

    private static string Snapshot(string root) => string.Join("\n",
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(root, f) + "\n" + File.ReadAllText(f)));
}
