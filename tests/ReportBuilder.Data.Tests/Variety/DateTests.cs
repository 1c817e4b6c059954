using ReportBuilder.Core.Model;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Data.Tests.Variety;

/// <summary>Dates as published: a day or only a month, and "Her" or "His Majesty's" by the day of publication.</summary>
public class DateTests
{
    private const string Monarch = "[RB1004]";

    [Theory]
    // The accession was 8 September 2022: the day before is the Queen's, the day itself and after the King's.
    [InlineData("2022-09-07", "Her Majesty's", false)]
    [InlineData("2022-09-07", "His Majesty's", true)]
    [InlineData("2022-09-08", "His Majesty's", false)]
    [InlineData("2022-09-08", "Her Majesty's", true)]
    [InlineData("2022-09-09", "His Majesty's", false)]
    [InlineData("2022-09-09", "Her Majesty's", true)]
    // Known only as September 2022, either may be right: the day decides, so neither is warned about.
    [InlineData("2022-09", "Her Majesty's", false)]
    [InlineData("2022-09", "His Majesty's", false)]
    [InlineData("2022-08", "His Majesty's", true)]
    [InlineData("2022-10", "Her Majesty's", true)]
    public void HerOrHisMajestys_IsDecidedByTheDayOfPublication(string published, string words, bool warned)
    {
        using var copy = new ReportFolderCopy();
        copy.Replace("report.yaml", "published: 2024-03", $"published: {published}");
        copy.Replace("report.yaml", "His Majesty's", words);

        var (_, output) = copy.Check();

        Assert.Equal(warned, output.Contains(Monarch, StringComparison.Ordinal));
    }

    [Fact]
    public void TheWarning_NamesTheDay()
    {
        using var copy = new ReportFolderCopy();
        copy.Replace("report.yaml", "published: 2024-03", "published: 2022-09-07");

        var (exit, output) = copy.Check();

        Assert.Contains($"{copy.Folder}/report.yaml:7:20: warning: 'inspectorate_full' says \"His Majesty's\" but a report published on 7 September 2022 would say \"Her Majesty's\" [RB1004]", output);
        Assert.Equal(1, exit);
    }

    [Fact]
    public void MonthOnlyDates_Load_WithoutADayMadeUp()
    {
        using var copy = new ReportFolderCopy();
        copy.Replace("report.yaml", "fieldwork_start: 2024-01-08", "fieldwork_start: 2024-01\nfieldwork_end: 2024-02");
        copy.Replace("report.yaml", "  court: { from: 2023-01-09, to: 2023-10-27 }", "  court: { from: 2023-01, to: 2023-10 }");

        var result = ReportFolderLoader.Load(copy.Folder, new ReportLoadOptions { TemplatesRoot = copy.Templates });

        Assert.Empty(result.Diagnostics);
        var m = result.Report!.Metadata;
        Assert.Equal(new DateOrMonth(2024, 1), m.FieldworkStart);
        Assert.False(m.FieldworkStart.HasDay);
        Assert.Equal("February 2024", m.FieldworkEnd.ToString());
        Assert.Equal(new DateOrMonth(2023, 10), m.Sample("court")!.Range.To);
        Assert.Null(m.PublishedOn);
    }

    [Fact]
    public void APublicationDay_IsKept()
    {
        using var copy = new ReportFolderCopy();
        copy.Replace("report.yaml", "published: 2024-03", "published: 2024-03-12");

        var result = ReportFolderLoader.Load(copy.Folder, new ReportLoadOptions { TemplatesRoot = copy.Templates });

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new DateOnly(2024, 3, 12), result.Report!.Metadata.PublishedOn);
        Assert.Equal("March 2024", result.Report.Metadata.Published.ToString());
    }

    [Fact]
    public void FieldworkEnd_BeforeItsStart_IsAnError()
    {
        using var copy = new ReportFolderCopy();
        copy.Replace("report.yaml", "fieldwork_start: 2024-01-08", "fieldwork_start: 2024-01-08\nfieldwork_end: 2023-12");

        var (exit, output) = copy.Check();

        Assert.Contains($"{copy.Folder}/report.yaml:14:16: error: 'fieldwork_end' (2023-12) is before 'fieldwork_start' (2024-01-08) [RB1003]", output);
        Assert.Equal(2, exit);
    }
}
