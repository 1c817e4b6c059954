using System.Text;
using ReportBuilder.Pipeline.Building;
using ReportBuilder.Pipeline.Output;
using ReportBuilder.Cli.Drafting;
using ReportBuilder.Cli.Tests.Support;
using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Cli.Tests.Drafting;

public sealed class DraftCommandTests : IDisposable
{
    private readonly SampleArchive _archive = new(count: 1);

    public void Dispose() => _archive.Dispose();

    private string Report => _archive.ReportFolder(_archive.Reports[0].Id);

    [Fact]
    public void Draft_AsksForADraftWithTodaysDate_AndWritesThePdfAndPngPages()
    {
        var builder = new RecordingBuilder(new ReportBuildResult(Encoding.ASCII.GetBytes("%PDF draft"), 2,
            [new Diagnostic(DiagnosticSeverity.Warning, "RB1", "looks odd", new SourceSpan("r/report.yaml", 3, 1))], [[1, 2], [3, 4]]));
        var cli = new TestCli(builder);
        var pdf = _archive.Out("d", "x.pdf");
        var png = _archive.Out("d", "png");
        Directory.CreateDirectory(png);
        File.WriteAllText(Path.Combine(png, PngPageFolder.Marker), ""); // a folder an earlier, longer draft wrote
        File.WriteAllText(Path.Combine(png, "page-007.png"), "left from a longer draft");

        var exit = cli.Run("draft", Report, "-o", pdf, "--png", png);

        Assert.Equal(1, exit); // built, with a warning
        var request = Assert.Single(builder.Requests);
        Assert.Equal(BuildMode.Draft, request.Mode);
        Assert.Equal(new DateOnly(2026, 1, 2), request.BuildDate);
        Assert.True(request.RenderPng);
        Assert.Equal("%PDF draft", File.ReadAllText(pdf));
        Assert.Equal([PngPageFolder.Marker, "page-001.png", "page-002.png"], Directory.GetFiles(png).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("r/report.yaml:3:1: warning: looks odd [RB1]", cli.Output);
        Assert.Contains("(2 pages, 2 PNG in", cli.Output);
    }

    [Fact]
    public void Draft_ThatCannotBeBuilt_PrintsEveryErrorWithItsPlace_AndExitsTwo()
    {
        var builder = new RecordingBuilder(ReportBuildResult.Failed(
            [new Diagnostic(DiagnosticSeverity.Error, "RB2", "no title", new SourceSpan("r/report.yaml", 5, 7))]));
        var cli = new TestCli(builder);

        var exit = cli.Run("draft", Report, "-o", _archive.Out("d", "x.pdf"));

        Assert.Equal(2, exit);
        Assert.Contains("r/report.yaml:5:7: error: no title [RB2]", cli.Output);
        Assert.False(File.Exists(_archive.Out("d", "x.pdf")));
    }

    [Fact]
    public void Draft_DefaultsToOutFolderDraftPdf()
    {
        Assert.Equal(Path.Combine("out", "lincolnshire-2023.draft.pdf"), DraftSettings.DefaultOutput("data/lincolnshire-2023/"));
    }

    private sealed class RecordingBuilder(ReportBuildResult result) : IReportBuilder
    {
        public List<ReportBuildRequest> Requests { get; } = [];

        public ReportBuildResult Build(ReportBuildRequest request, CancellationToken cancellationToken = default)
        {
            Requests.Add(request);
            return result;
        }
    }
}
