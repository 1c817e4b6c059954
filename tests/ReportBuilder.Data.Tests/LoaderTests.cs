using System.Text;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Data.Tests;

/// <summary>The model the loader builds from the valid fixture, and inputs that must be accepted.</summary>
public class LoaderTests
{
    private static LoadResult Load(ReportFolderCopy copy) =>
        ReportFolderLoader.Load(copy.Folder, new ReportLoadOptions { TemplatesRoot = copy.Templates });

    [Fact]
    public void ValidFixture_LoadsWithoutDiagnostics_AndComputesItsScore()
    {
        using var copy = new ReportFolderCopy();
        var result = Load(copy);

        Assert.Empty(result.Diagnostics);
        var report = Assert.IsType<Core.Model.Report>(result.Report);
        var score = result.Score!;
        Assert.Equal(26, score.Total);
        Assert.Equal(36, score.Maximum);
        Assert.Equal(Rating.Good, score.Overall);
        Assert.Equal("hmip-youth-2021", report.Framework.Id);
        Assert.Equal(13, report.Standards.Count);
        Assert.Equal(Rating.RequiresImprovement, score.Standard("2.4")!.Rating);
        Assert.Equal([1], score.Standard("2.4")!.LowestKeyQuestions);
        Assert.Equal([1, 2], score.Standard("2.1")!.LowestKeyQuestions);
        Assert.Equal(0, score.Standard("4.1")!.Points);
        Assert.Equal(Path.Combine(copy.Templates, "hmip-youth-2021", "1"), result.TemplateFolder);
    }

    [Fact]
    public void DataAnnexe_WhenGiven_ReachesTheModel()
    {
        using var copy = new ReportFolderCopy();
        copy.Replace("report.yaml", "isbn: 978-1-915468-29-1\n", "isbn: 978-1-915468-29-1\ndata_annexe: https://example.org/testshire-2024/annexe\n");
        var result = Load(copy);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("https://example.org/testshire-2024/annexe", result.Report!.Metadata.DataAnnexe);
    }

    [Fact]
    public void ValidFixture_ModelCarriesEveryPart()
    {
        using var copy = new ReportFolderCopy();
        var report = Load(copy).Report!;

        Assert.Equal("Testshire Youth Justice Service", report.Metadata.Service.Name);
        Assert.Equal("March 2024", report.Metadata.Published.ToString());
        Assert.Equal(new DateOrMonth(2024, 1, 8), report.Metadata.FieldworkStart);
        Assert.Equal(new DateOrMonth(2023, 10, 27), report.Metadata.Sample("court")!.Range.To);
        Assert.Equal("978-1-915468-29-1", report.Metadata.Isbn);
        Assert.Null(report.Metadata.DataAnnexe);
        Assert.Equal("Sam Sample", report.Metadata.ChiefInspector.Name);
        Assert.Equal(10, report.Cases.Get("community_sentences"));
        Assert.Null(report.Cases.Get("meetingz"));
        Assert.Equal(4, report.Domains.Count);
        Assert.NotNull(report.Domain(1)!.Introduction);
        Assert.Null(report.Domain(4)!.Introduction);

        var standard = report.Standard("2.1")!;
        Assert.Equal(3, standard.KeyQuestions.Count);
        Assert.Equal(7, standard.KeyQuestions[1].Yes);
        Assert.Equal(10, standard.KeyQuestions[1].Relevant);
        Assert.Equal(3, standard.KeyQuestions[1].Span.Line);
        Assert.EndsWith("standards/2.1.md", standard.Findings.File);
        Assert.StartsWith("Practitioners knew", standard.Findings.Text);

        var survey = report.Survey!;
        Assert.Equal((20, 12, 11), (survey.Invited, survey.Replied, survey.Completed));
        Assert.Equal([10, 9, 8, 5], survey.Scores.Select(s => s.Score));
        Assert.Equal("They listened to me.", survey.Group("positive")!.Quotes.Single());

        var recommendations = report.Recommendations;
        Assert.Equal("Testshire Youth Justice Service should:", recommendations.LeadIn);
        Assert.Equal(["improve reviewing", "improve management oversight", "reduce the number of children not in education"], recommendations.Items);
        Assert.StartsWith("As a result of our inspection findings", recommendations.Introduction);
        Assert.Contains("[^board]", report.Standard("1.1")!.Findings.Text);
    }

    [Fact]
    public void ByteOrderMarkAndWindowsLineEndings_AreAccepted_WithTheSameLines()
    {
        using var copy = new ReportFolderCopy();
        var csv = copy.Read("key-questions.csv").Replace("\n", "\r\n");
        copy.WriteBytes("key-questions.csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray());
        var yaml = copy.Read("report.yaml").Replace("\n", "\r\n");
        copy.WriteBytes("report.yaml", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(yaml)).ToArray());

        var result = Load(copy);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Report!.Standard("2.1")!.KeyQuestions[1].Span.Line);
    }

    [Fact]
    public void QuotedFieldOverSeveralLines_IsOneValue_AndLaterRowsKeepTheirPhysicalLine()
    {
        using var copy = new ReportFolderCopy();
        copy.Replace("standards.csv", "\"Staff within the YOT are empowered", "\"Staff within the YOT\nare empowered");
        Assert.Equal("Staff within the YOT\nare empowered to deliver a high-quality, personalised and responsive service for all children.",
            Load(copy).Report!.Standard("1.2")!.Statement);

        copy.Replace("standards.csv", "evidence,Outstanding,yes\n1.4", "evidence,Outstandng,yes\n1.4");
        var error = Assert.Single(Load(copy).Diagnostics);
        Assert.Equal((5, 191), (error.Span.Line, error.Span.Column));   // the 1.3 row moved from line 4 to 5
    }

    [Fact]
    public void RecommendationsInTwoGroups_NumberingRunsOn()
    {
        using var copy = new ReportFolderCopy();
        copy.Write("recommendations.md", "We have made three recommendations.\n\nThe service should:\n\n1. do one\n2. do two\n\nThe board should:\n\n3. do three\n");

        var recommendations = Load(copy).Report!.Recommendations;

        Assert.Equal(2, recommendations.Groups.Count);
        Assert.Equal("The board should:", recommendations.Groups[1].LeadIn);
        Assert.Equal(3, recommendations.Groups[1].FirstNumber);
        Assert.Equal(3, recommendations.Count);
    }

    [Fact]
    public void TemplatesRoot_DefaultsToTheNearestTemplatesFolderAboveTheReport()
    {
        using var copy = new ReportFolderCopy();   // Root/report beside Root/templates
        var result = ReportFolderLoader.Load(copy.Folder, new ReportLoadOptions { CurrentDirectory = Path.GetTempPath() });
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Path.Combine(copy.Templates, "hmip-youth-2021", "1"), result.TemplateFolder);
    }

    [Fact]
    public void RelativeFolder_IsShownAsGiven_ResolvedAgainstTheCurrentDirectory()
    {
        using var copy = new ReportFolderCopy();
        copy.Replace("standards.csv", "evidence,Outstanding,yes\n1.4", "evidence,Outstandng,yes\n1.4");
        var result = ReportFolderLoader.Load("report/", new ReportLoadOptions { CurrentDirectory = copy.Root });
        Assert.Equal("report/standards.csv", Assert.Single(result.Diagnostics).Span.File);
    }

    [Fact]
    public void EveryProblemIsReportedInOneRun_InFileLineOrder()
    {
        using var copy = new ReportFolderCopy();
        copy.Replace("report.yaml", "template: hmip-youth-2021", "template: hmip-youth-2020");
        copy.Replace("standards.csv", "cases,Good,yes\n2.2", "cases,Outstanding,yes\n2.2");
        copy.Replace("key-questions.csv", "keeping the child safe?,80,,", "keeping the child safe?,80%,,");
        copy.Write("text/background.md", "Text.[^1]\n");

        var codes = Load(copy).Diagnostics.Sorted().Select(d => $"{Path.GetFileName(d.Span.File)}:{d.Span.Line}:{d.Code}");

        Assert.Equal(["key-questions.csv:6:RB0401", "report.yaml:2:RB0902", "standards.csv:6:RB0501", "background.md:1:RB0603"], codes);
    }

    [Fact]
    public void ValidationErrors_StillGiveAModelForDrafts_ButNotSuccess()
    {
        using var copy = new ReportFolderCopy();
        copy.Replace("standards.csv", "cases,Good,yes\n2.2", "cases,Outstanding,yes\n2.2");

        var result = Load(copy);

        Assert.True(result.Diagnostics.HasErrors);
        Assert.False(result.Succeeded);
        Assert.NotNull(result.Report);
        Assert.Equal(Rating.Good, result.Score!.Standard("2.1")!.Rating);   // the computed rating, not the stated one
    }

    [Fact]
    public void MissingRequiredPart_GivesNoModel()
    {
        using var copy = new ReportFolderCopy();
        copy.Delete("text/foreword.md");
        var result = Load(copy);
        Assert.Null(result.Report);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void MissingFolder_IsOneError_NotAnException()
    {
        var result = ReportFolderLoader.Load("/nonexistent/report");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("/nonexistent/report:1:1: error: the report folder does not exist [RB0005]", error.ToString());
        Assert.Null(result.Report);
    }

    [Theory]
    [InlineData("94", 94)]
    [InlineData(" 87.5 ", 87.5)]
    [InlineData("0", 0)]
    [InlineData("100", 100)]
    public void PercentParser_AcceptsPlainNumbers(string text, double expected) =>
        Assert.Equal((decimal)expected, PercentParser.Parse(text, out _));

    [Theory]
    [InlineData("94%", "'94%' has a % sign; write the number alone (94)")]
    [InlineData("0.5", "'0.5' looks like a fraction; write the percentage from 0 to 100 (50)")]
    [InlineData("Infinity", "'Infinity' is not a number; expected a % 'Yes' from 0 to 100")]
    [InlineData("87,5", "'87,5' has a comma; write a plain number from 0 to 100 with a point for decimals (87.5)")]
    [InlineData("ninety", "'ninety' is not a number; expected a % 'Yes' from 0 to 100")]
    public void PercentParser_ExplainsEachMistake(string text, string message)
    {
        Assert.Null(PercentParser.Parse(text, out var error));
        Assert.Equal(message, error);
    }
}
