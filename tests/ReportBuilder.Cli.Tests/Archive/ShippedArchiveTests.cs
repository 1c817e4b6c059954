using ReportBuilder.Pipeline.Building;
using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Archive;

/// <summary>
/// <c>archive data</c>: every report folder the repository ships (the real one, the examples, the fictional corpus of
/// the variety of inspections) builds through the archive, whose manifest also takes each report's section outline.
/// </summary>
public sealed class ShippedArchiveTests
{
    [Fact]
    public void EveryShippedReportFolder_BuildsInTheArchive()
    {
        using var temp = new TempFolder();
        var cli = new TestCli(new PipelineReportBuilder());
        var exit = cli.Run("archive", Repository.Path("data"), "-o", temp.Combine("archive"), "--templates", Repository.Templates, "--jobs", "2");

        // A joint inspection with no lead inspector once failed here (NullReferenceException in the section outline).
        var folders = Directory.GetDirectories(Repository.Path("data")).Length;
        Assert.True(exit == ExitCodes.Success, cli.Output);
        Assert.Contains($"{folders} built, 0 failed", cli.Output);
        Assert.Equal(folders, Directory.GetFiles(temp.Combine("archive"), "*.pdf").Length);
    }
}
