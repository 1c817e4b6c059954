using ReportBuilder.Pipeline.Building;
using ReportBuilder.Cli.Tests.Support;
using UglyToad.PdfPig;

namespace ReportBuilder.Cli.Tests.Drafting;

/// <summary>A draft of Lincolnshire with one deliberate mistake, through the real pipeline.</summary>
public sealed class RealDraftTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ADraftWithAnError_OpensWithItsNotes_IsMarkedDraftOnEveryPage_AndDated()
    {
        var report = _folder.Combine("lincolnshire-2023");
        Folders.Copy(Repository.Data("lincolnshire-2023"), report);
        var yaml = Path.Combine(report, "report.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("  score: 31", "  score: 30"));
        var pdf = _folder.Combine("draft.pdf");
        var cli = new TestCli(new PipelineReportBuilder());

        var png = _folder.Combine("png");
        var exit = cli.Run("draft", report, "-o", pdf, "--png", png, "--templates", Repository.Path("templates"));

        Assert.True(exit == 1, cli.Output); // built, with problems
        using var document = PdfDocument.Open(pdf);
        var first = document.GetPage(1).Text;
        Assert.Contains("Draft notes", first);
        Assert.Contains("report.yaml:38:10", first);
        Assert.Contains("stated score 30", first);
        foreach (var page in document.GetPages())
            Assert.Contains("DRAFT", page.Text);
        Assert.Contains("Draft built 2 January 2026", document.GetPage(document.NumberOfPages).Text);
        Assert.Equal(document.NumberOfPages, Directory.GetFiles(png, "page-*.png").Length);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(png, "page-001.png"))[..4]);

        // The same folder as a final: refused, with the same error.
        var final = new PipelineReportBuilder().Build(new ReportBuildRequest(report, BuildMode.Final, Repository.Path("templates")));
        Assert.Null(final.Pdf);
        Assert.Contains(final.Diagnostics, d => d.IsError && d.Code == "RB0502");
    }

    [Fact]
    public void ADraftWithoutAnOptionalChapter_Builds_AsTheFinalDoes()
    {
        // The draft (and the archive) compute the report's section outline too; a chapter the template set lets a
        // report leave out (diversity, in the 2021 set) once ended them with an internal NullReferenceException.
        var report = _folder.Combine("lincolnshire-2023");
        Folders.Copy(Repository.Data("lincolnshire-2023"), report);
        File.Delete(Path.Combine(report, "text", "diversity.md"));
        var pdf = _folder.Combine("draft.pdf");
        var cli = new TestCli(new PipelineReportBuilder());

        var exit = cli.Run("draft", report, "-o", pdf, "--templates", Repository.Path("templates"));

        Assert.True(exit == 0, cli.Output);
        using var document = PdfDocument.Open(pdf);
        Assert.DoesNotContain(document.GetPages(), page => page.Text.Contains("Diversity", StringComparison.Ordinal) && page.Number > 3);
        var final = new PipelineReportBuilder().Build(new ReportBuildRequest(report, BuildMode.Final, Repository.Path("templates")));
        Assert.NotNull(final.Pdf);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("watch")]
    public void ADraftIntoTheReportFolder_IsRefused_AndTheSourceIsUntouched(string command)
    {
        // draft -o R/report.yaml once replaced the report's metadata with the draft PDF (exit 0).
        var report = _folder.Combine("lincolnshire-2023");
        Folders.Copy(Repository.Data("lincolnshire-2023"), report);
        var yaml = Path.Combine(report, "report.yaml");
        var before = File.ReadAllBytes(yaml);
        var cli = new TestCli(new PipelineReportBuilder());

        Assert.Equal(ExitCodes.Errors, cli.Run(command, report, "-o", yaml, "--templates", Repository.Path("templates")));
        Assert.Equal(ExitCodes.Errors, cli.Run(command, report, "--png", Path.Combine(report, "pages"), "--templates", Repository.Path("templates")));

        Assert.Contains("lies inside the report folder", cli.Output);
        Assert.Contains("RB1301", cli.Output);
        Assert.Equal(before, File.ReadAllBytes(yaml));
        Assert.False(Directory.Exists(Path.Combine(report, "pages")));
    }
}
