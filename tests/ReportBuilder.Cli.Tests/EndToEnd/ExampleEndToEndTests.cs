using ReportBuilder.Data.Loading;
using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Cli.Tests.EndToEnd;

/// <summary>
/// The fictional 2019 example on the 2018 templates: its own ratings, wording and figures, read back from the PDF,
/// with expectations derived from its data folder; and what a 2018 report must not have (resettlement, a survey chart).
/// </summary>
public class ExampleEndToEndTests
{
    private static readonly Lazy<LoadResult> Loaded = new(() =>
        ReportFolderLoader.Load(Path.Combine(Repository.Root, "data", "example-2019-requires-improvement"),
            new ReportLoadOptions { TemplatesRoot = Path.Combine(Repository.Root, "templates") }));

    private static PdfText Pdf => BuiltReports.Example.Text;

    [Fact]
    public void Pdf_HasTheDataInTemplateOrder()
    {
        var expectations = DataExpectations.InOrder(Loaded.Value.Report!, Loaded.Value.Score!);
        Assert.True(expectations.Count > 100, $"only {expectations.Count} expectations");
        var failures = PdfChecks.InOrder(Pdf, expectations);
        Assert.True(failures.Count == 0, $"{failures.Count} of {expectations.Count} expectations failed:\n" + string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public void Pdf_UsesTheWordingOfItsTime()
    {
        Assert.Contains("Her Majesty's Inspectorate of Probation", Pdf.Text);
        Assert.Contains("youth offending teams", Pdf.Text);
        Assert.Contains("3.4. Joint working", Pdf.Text);
        Assert.Contains("Score 12/36", Pdf.Text);
    }

    [Fact]
    public void Pdf_HasNoResettlement_NoSurveyChart_AndNoIsbnLine()
    {
        Assert.DoesNotContain("Resettlement", Pdf.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("4.1", Pdf.Text);
        Assert.DoesNotContain("ISBN", Pdf.Text);
        var canvas = new ReportBuilder.Layout.RecordingCanvas();
        BuiltReports.Example.Result.Rendered!.Layout.Generate(canvas);
        // No chart: the one figure is the cover's logo.
        Assert.Equal(["HM Inspectorate of Probation"], canvas.AllStructures.Where(s => s.Role == StructureRole.Figure).Select(s => s.Element.AlternateText));
    }

    [Fact]
    public void Headings_AreNeverEmpty()
    {
        var canvas = new ReportBuilder.Layout.RecordingCanvas();
        BuiltReports.Example.Result.Rendered!.Layout.Generate(canvas);
        var headings = canvas.AllStructures.Where(s => s.Role is >= StructureRole.Heading1 and <= StructureRole.Heading6).ToList();
        Assert.All(headings, h => Assert.False(string.IsNullOrWhiteSpace(h.AllText)));
        // Every chapter heading is followed by something before the next heading of the same or a higher level.
        var order = canvas.AllStructures.Where(s => s.Parent?.Role == StructureRole.Document).ToList();
        for (var i = 0; i < order.Count - 1; i++)
            if (order[i].Role is >= StructureRole.Heading1 and <= StructureRole.Heading3 && order[i + 1].Role is var next && next is >= StructureRole.Heading1 and <= StructureRole.Heading3)
                Assert.True(next > order[i].Role, $"'{order[i].AllText}' is followed directly by '{order[i + 1].AllText}'");
    }

    [Fact]
    public void Footnotes_AreNumberedInOrder_OnTheirPages()
    {
        var problems = PdfChecks.Footnotes(Pdf, DataExpectations.Footnotes(Loaded.Value.Report!));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void KeyQuestionTables_SetTheLowestFigureInBold()
    {
        var problems = PdfChecks.BoldLowest(Pdf, DataExpectations.Tables(Loaded.Value.Report!));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void RunningHeader_AndPageNumbers()
    {
        var problems = PdfChecks.RunningHeads(Pdf, "Inspection of youth offending services in: Anytown");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
