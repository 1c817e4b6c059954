using ReportBuilder.Core.Ratings;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Data.Tests.Variety;

/// <summary>Frameworks are data: each template set's framework.yaml gives the standards and the bands the rules apply.</summary>
public class FrameworkFileTests
{
    private static LoadResult Load(ReportFolderCopy copy) =>
        ReportFolderLoader.Load(copy.Folder, new ReportLoadOptions { TemplatesRoot = copy.Templates });

    private static string FrameworkFile(ReportFolderCopy copy, string set = "hmip-youth-2021") =>
        Path.Combine(copy.Templates, set, "1", FrameworkLoader.FileName);

    private static void ReplaceInFramework(ReportFolderCopy copy, string oldText, string newText)
    {
        var text = File.ReadAllText(FrameworkFile(copy));
        Assert.Contains(oldText, text);
        File.WriteAllText(FrameworkFile(copy), text.Replace(oldText, newText));
    }

    /// <summary>The bands take the one rating key (<c>requires-improvement</c>) and the spelling framework files used first.</summary>
    [Fact]
    public void Bands_ReadTheOneRatingKey_AndTheOldSpelling_Alike()
    {
        var shipped = File.ReadAllText(Path.Combine(Repository.Templates, "hmip-youth-2021", "1", FrameworkLoader.FileName));
        Assert.Contains(RatingKeys.OldRequiresImprovement + ":", shipped);
        var path = Path.Combine(Path.GetTempPath(), $"rb-framework-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, shipped.Replace(RatingKeys.OldRequiresImprovement + ":", RatingKeys.Key(Rating.RequiresImprovement) + ":"));
            var diagnostics = new Core.Diagnostics.DiagnosticBag();
            var framework = FrameworkLoader.Read(path, diagnostics);
            Assert.Empty(diagnostics);
            Assert.Equal(RatingBands.Published, framework!.Bands);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("hmip-youth-2021")]
    [InlineData("hmip-youth-2018")]
    public void TheShippedFrameworks_AreWhatThePublishedReportsApply(string set)
    {
        var framework = FrameworkLoader.Read(Path.Combine(Repository.Templates, set, "1", FrameworkLoader.FileName), new())!;

        Assert.Equal(set, framework.Id);
        Assert.Equal(36, framework.MaximumScore);
        Assert.Equal(RatingBands.Published, framework.Bands);
        if (set == "hmip-youth-2021")
        {
            Assert.Equal(13, framework.Standards.Count);
            Assert.False(framework.Scores("4.1"));
            Assert.True(framework.Find("4.1")!.MayBeNotRated);
            Assert.Equal(JudgedOn.Evidence, framework.Find("3.4")!.JudgedOn);
        }
        else
        {
            Assert.Equal(12, framework.Standards.Count);
            Assert.Equal("Joint working", framework.Find("3.4")!.Name);
            Assert.Equal(JudgedOn.Cases, framework.Find("3.4")!.JudgedOn);
            Assert.Null(framework.Find("4.1"));
        }
        Assert.All(framework.Standards, s => Assert.False(string.IsNullOrEmpty(s.Statement)));
    }

    [Fact]
    public void TheBandsOfTheFile_DecideTheRatings()
    {
        using var copy = new ReportFolderCopy();
        Assert.Equal(Rating.Good, Load(copy).Score!.Standard("2.1")!.Rating);    // its lowest key question is 70%

        ReplaceInFramework(copy, "good: 65,", "good: 75,");

        Assert.Equal(Rating.RequiresImprovement, Load(copy).Score!.Standard("2.1")!.Rating);
    }

    [Fact]
    public void ANewFramework_IsANewFolder_AndNoCode()
    {
        using var copy = new ReportFolderCopy();
        var set = Path.Combine(copy.Templates, "hmip-youth-2025", "1");
        Directory.CreateDirectory(set);
        File.WriteAllText(Path.Combine(set, "template.yaml"), "id: hmip-youth-2025\nversion: \"1\"\nframework: hmip-youth-2025\n");
        File.WriteAllText(Path.Combine(set, FrameworkLoader.FileName),
            File.ReadAllText(FrameworkFile(copy)).Replace("id: hmip-youth-2021", "id: hmip-youth-2025").Replace("name: Staff", "name: Workforce"));
        copy.Replace("report.yaml", "template: hmip-youth-2021", "template: hmip-youth-2025");
        copy.Replace("standards.csv", "1.2,Organisational delivery,Staff,", "1.2,Organisational delivery,Workforce,");

        var result = Load(copy);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("hmip-youth-2025", result.Report!.Framework.Id);
        Assert.Equal("Workforce", result.Report.Framework.Find("1.2")!.Name);
    }

    [Fact]
    public void AScoredStandardThatMayBeNotRated_IsAnErrorAtItsLine()
    {
        using var copy = new ReportFolderCopy();
        ReplaceInFramework(copy, "    name: Staff\n    judged_on: evidence\n    scored: true\n", "    name: Staff\n    judged_on: evidence\n    scored: true\n    may_be_not_rated: true\n");

        var (exit, output) = copy.Check();

        Assert.Contains("framework.yaml:19:5: error: standard 1.2 is scored, so it may not be 'Not rated' [RB1508]", output);
        Assert.Equal(2, exit);
    }

    /// <summary>standards.csv cut to its id and rating columns: what the framework says of each standard is not repeated.</summary>
    private static void ShortenStandardsCsv(ReportFolderCopy copy, Func<string, string>? changeRow = null)
    {
        var lines = copy.Read("standards.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",rating,scored", lines[0]);
        // The id is the first field and the rating the last but one: neither is quoted nor holds a comma.
        var rows = lines.Skip(1).Select(line => line.Split(',')).Select(f => $"{f[0]},{f[^2]}");
        copy.Write("standards.csv", "id,rating\n" + string.Join("\n", rows.Select(r => changeRow?.Invoke(r) ?? r)) + "\n");
    }

    [Fact]
    public void AStandardsCsvOfIdsAndRatings_TakesTheRestFromTheFramework()
    {
        using var copy = new ReportFolderCopy();
        var full = Load(copy);
        ShortenStandardsCsv(copy);

        var result = Load(copy);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(full.Score!.Total, result.Score!.Total);
        var staff = result.Report!.Standard("1.2")!;
        Assert.Equal(("Staff", "Organisational delivery", JudgedOn.Evidence, true), (staff.Name, staff.DomainName, staff.JudgedOn, staff.Scored));
        Assert.Equal(result.Report.Framework.Find("1.2")!.Statement, staff.Statement);
        Assert.False(result.Report.Standard("4.1")!.Scored);
    }

    [Fact]
    public void AShortRow_ForAStandardTheFrameworkLacks_IsAnErrorAtTheRow()
    {
        using var copy = new ReportFolderCopy();
        ShortenStandardsCsv(copy, row => row.StartsWith("1.4,", StringComparison.Ordinal) ? "1.5" + row[3..] : row);

        var (exit, output) = copy.Check();

        var line = Assert.Single(output.Split('\n'), l => l.Contains("[RB1511]"));
        Assert.StartsWith($"{copy.Folder}/standards.csv:5:1: error: standard 1.5 is not in the hmip-youth-2021 framework, which gives the columns standards.csv leaves out (domain, name, statement, judged_on, scored)", line);
        Assert.Equal(2, exit);
    }

    [Fact]
    public void ASetWithoutAFrameworkFile_IsAnErrorNamingIt()
    {
        using var copy = new ReportFolderCopy();
        File.Delete(FrameworkFile(copy));

        var (exit, output) = copy.Check();

        Assert.Contains("hmip-youth-2021/1/framework.yaml:1:1: error: the template set has no framework.yaml", output);
        Assert.Equal(2, exit);
    }
}
