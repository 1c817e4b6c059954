using ReportBuilder.Cli.Archive;
using ReportBuilder.Pipeline.Building;
using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Archive;

/// <summary>The archive's promises on real builds (the report pipeline), on 20 synthetic reports.</summary>
public sealed class RealArchiveTests : IDisposable
{
    private readonly SampleArchive _archive = new(count: 20, seed: 9);

    public void Dispose() => _archive.Dispose();

    private (int Exit, string Output) Archive(string outName, params string[] extra)
    {
        var cli = new TestCli(new PipelineReportBuilder());
        var exit = cli.Run(["archive", _archive.DataDirectory, "-o", _archive.Out(outName), "--templates", Repository.Path("templates"), "--jobs", "2", .. extra]);
        return (exit, cli.Output);
    }

    [Fact]
    public void RebuildsAreByteIdentical_VerifySaysSo_AndNamesExactlyTheReportWhosePercentageChanged()
    {
        var (exit, output) = Archive("baseline");
        var baseline = ManifestFile.Read(_archive.Out("baseline", Manifest.FileName));
        Assert.True(baseline.Reports.Count >= 10, output);
        Assert.All(baseline.Reports, r => Assert.True(r.Pages > 5, $"{r.Id}: {r.Pages} pages"));

        var (same, sameOutput) = Archive("again", "--verify", _archive.Out("baseline", Manifest.FileName));
        Assert.True(same == exit, sameOutput); // 0, or 1 only for reports that fail in both runs
        Assert.True(ManifestFile.Read(_archive.Out("again", Manifest.FileName)).SameContentAs(baseline));
        if (baseline.Failures.Count == 0) Assert.Contains($"all {baseline.Reports.Count} identical", sameOutput);
        foreach (var entry in baseline.Reports)
            Assert.Equal(File.ReadAllBytes(_archive.Out("baseline", entry.Id + ".pdf")), File.ReadAllBytes(_archive.Out("again", entry.Id + ".pdf")));

        var changed = baseline.Reports[baseline.Reports.Count / 2].Id;
        ArchiveCommandTests.ChangeFirstPercentage(_archive.ReportFolder(changed));
        var (after, afterOutput) = Archive("after", "--verify", _archive.Out("baseline", Manifest.FileName));

        Assert.Equal(1, after);
        Assert.Contains($"1 of {baseline.Reports.Count + baseline.Failures.Count} report(s) differ", afterOutput);
        Assert.Contains($"  {changed}: changed (input changed", afterOutput);
    }
}
