using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Templating.Scriban;
using ReportBuilder.Templating.Scriban.Functions;
using ReportBuilder.Templating.Scriban.Model;
using Scriban.Runtime;

namespace ReportBuilder.Templating.Tests.Scriban;

/// <summary>The examples in the doc comments of <see cref="ReportFunctions"/>, run.</summary>
public class ReportFunctionsTests
{
    private static string Render(string template, Action<ScriptObject>? setup = null)
    {
        var globals = new ScriptObject();
        globals.SetValue("report", ReportFunctions.Create(new NarrativeTable()), readOnly: true);
        setup?.Invoke(globals);
        var diagnostics = new DiagnosticBag();
        var output = TemplateRenderer.Render(template, "test.sbn", globals, Path.GetTempPath(), new TemplateContextFactory { Files = new ReportBuilder.Data.Reading.ReportFileReader(Path.GetTempPath(), 1 << 20) }, diagnostics);
        Assert.True(output is not null, string.Join("\n", diagnostics));
        return output!;
    }

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(4, "four")]
    [InlineData(13, "thirteen")]
    [InlineData(21, "twenty-one")]
    [InlineData(40, "forty")]
    [InlineData(100, "one hundred")]
    [InlineData(145, "one hundred and forty-five")]
    [InlineData(1200, "1200")]
    public void NumberWord(int n, string expected) => Assert.Equal(expected, Render($"{{{{ report.number_word {n} }}}}"));

    [Fact]
    public void Date_IsDayMonthYear_WithTwoDigitDay() =>
        Assert.Equal("09 January 2023", Render("{{ report.date d }}", g => g["d"] = new DateTime(2023, 1, 9)));

    [Fact]
    public void MonthYear() =>
        Assert.Equal("April 2023", Render("{{ report.month_year d }}", g => g["d"] = new DateTime(2023, 4, 1)));

    [Fact]
    public void MonthYear_OfAMonthWithoutADay() =>
        Assert.Equal("May 2023", Render("{{ report.month_year d }}", g => g["d"] = ReportModel.MonthObject(new(2023, 5))));

    [Fact]
    public void DateAsKnown_PrintsTheDay_OrOnlyTheMonth()
    {
        Assert.Equal("09 January 2023", Render("{{ report.date_as_known d }}", g => g["d"] = ReportModel.DateValue(new(2023, 1, 9))));
        Assert.Equal("May 2023", Render("{{ report.date_as_known d }}", g => g["d"] = ReportModel.DateValue(new(2023, 5))));
    }

    [Fact]
    public void Date_OfAMonthWithoutADay_IsAnError_NotAnInventedDay()
    {
        var globals = new ScriptObject();
        globals.SetValue("report", ReportFunctions.Create(new NarrativeTable()), readOnly: true);
        globals["d"] = ReportModel.DateValue(new(2023, 5));
        var diagnostics = new DiagnosticBag();
        var output = TemplateRenderer.Render("{{ report.date d }}", "test.sbn", globals, Path.GetTempPath(), new TemplateContextFactory { Files = new ReportBuilder.Data.Reading.ReportFileReader(Path.GetTempPath(), 1 << 20) }, diagnostics);
        Assert.Null(output);
        Assert.Contains(diagnostics, d => d.Message.Contains("Only the month of this date is known (May 2023)"));
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "Estyn" }, "Estyn")]
    [InlineData(new[] { "Estyn", "Ofsted" }, "Estyn and Ofsted")]
    [InlineData(new[] { "Care Inspectorate Wales", "Estyn", "CQC" }, "Care Inspectorate Wales, Estyn and CQC")]
    public void JoinAnd_ListsNamesAsASentenceDoes(string[] names, string expected) =>
        Assert.Equal(expected, Render("{{ report.join_and list }}", g => g["list"] = new ScriptArray(names)));

    [Fact]
    public void Md_EscapesMarkupInDataText() =>
        Assert.Equal(@"a\|b \*c\* \[x\]", Render("{{ report.md 'a|b *c* [x]' }}"));

    [Fact]
    public void Rating_WritesTheRatingInline_WithItsKey()
    {
        var output = Render("{{ report.rating r }}", g => g["r"] = new ScriptObject { ["key"] = "requires-improvement", ["name"] = "Requires improvement" });
        Assert.Equal("::Requires improvement::{.rating .rating-requires-improvement}", output);
    }

    [Fact]
    public void WrongArgumentCount_IsATemplateError()
    {
        var globals = new ScriptObject();
        globals.SetValue("report", ReportFunctions.Create(new NarrativeTable()), readOnly: true);
        var diagnostics = new DiagnosticBag();
        var output = TemplateRenderer.Render("{{ report.number_word }}", "t.sbn", globals, Path.GetTempPath(), new TemplateContextFactory { Files = new ReportBuilder.Data.Reading.ReportFileReader(Path.GetTempPath(), 1 << 20) }, diagnostics);
        Assert.Null(output);
        Assert.Contains(diagnostics, d => d.IsError && d.Message.Contains("number of arguments") && d.Span.Line == 1);
    }
}
