using ReportBuilder.Cli.Archive;
using ReportBuilder.Pipeline.Building;
using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Archive;

/// <summary>
/// 'archive --verify' saying what changed (issue #17): real builds of a few synthetic reports, one of them edited
/// after the baseline; the earlier folders kept as a copy (--old-data) or only the baseline's section digests.
/// </summary>
public sealed class ArchiveVerifyDiffTests : IDisposable
{
    private readonly SampleArchive _archive = new(count: 3, seed: 11);

    public void Dispose() => _archive.Dispose();

    private (int Exit, string Output) Archive(string outName, params string[] extra)
    {
        var cli = new TestCli(new PipelineReportBuilder());
        var exit = cli.Run(["archive", _archive.DataDirectory, "-o", _archive.Out(outName), "--templates", Repository.Path("templates"), "--jobs", "2", .. extra]);
        return (exit, cli.Output);
    }

    /// <summary>Builds the baseline, keeps a copy of the data as it was, then changes one word of one bullet of one report.</summary>
    private (string Id, string Word) BaselineThenEditOne()
    {
        var (exit, output) = Archive("baseline");
        Assert.True(exit == 0, output);
        foreach (var file in Directory.EnumerateFiles(_archive.DataDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_archive.Out("old-data"), Path.GetRelativePath(_archive.DataDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var id = _archive.Reports[1].Id;
        var findings = Path.Combine(_archive.ReportFolder(id), "standards", "1.1.md");
        var lines = File.ReadAllLines(findings);
        var bullet = Array.FindIndex(lines, l => l.StartsWith("- ", StringComparison.Ordinal));
        var word = lines[bullet].Split(' ')[2];
        lines[bullet] = string.Join(' ', lines[bullet].Split(' ').Select((w, i) => i == 2 ? "rewritten" : w));
        File.WriteAllLines(findings, lines);
        return (id, word);
    }

    [Fact]
    public void Verify_WithTheOldFolders_NamesTheEditedReportsSectionAndWords_AndOnlyThatReport()
    {
        var (id, word) = BaselineThenEditOne();

        var (exit, output) = Archive("after", "--verify", _archive.Out("baseline", Manifest.FileName),
            "--old-data", _archive.Out("old-data"), "--diff-dir", _archive.Out("diffs"));

        Assert.True(exit == 1, output);
        Assert.Contains($"1 of 3 report(s) differ", output);
        Assert.Contains($"  {id}: changed (input changed", output);
        Assert.Contains($"    standard 1.1 findings: bullet 1 changed: ", output);
        Assert.Contains($"[-{word}-] {{+rewritten+}}", output);
        foreach (var other in _archive.Reports.Where(r => r.Id != id)) Assert.DoesNotContain(other.Id + ":", output);
        Assert.Equal([id + ".html"], Directory.GetFiles(_archive.Out("diffs"), "*.html").Select(Path.GetFileName));
        var html = File.ReadAllText(Path.Combine(_archive.Out("diffs"), id + ".html"));
        Assert.Contains("<ins>rewritten</ins>", html);
    }

    [Fact]
    public void Verify_WithoutTheOldFolders_NamesTheSectionsWhoseDigestsChanged()
    {
        var (id, _) = BaselineThenEditOne();
        Assert.NotNull(ManifestFile.Read(_archive.Out("baseline", Manifest.FileName)).Reports.Single(r => r.Id == id).Sections);

        var (exit, output) = Archive("after", "--verify", _archive.Out("baseline", Manifest.FileName));

        Assert.True(exit == 1, output);
        Assert.Contains($"  {id}: changed (input changed", output);
        Assert.Contains("    sections changed: standard-1.1-findings\n", output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Verify_AgainstAManifestWithoutSections_StillVerifies()
    {
        var (exit, output) = Archive("baseline");
        Assert.True(exit == 0, output);
        var path = _archive.Out("baseline", Manifest.FileName);
        var manifest = ManifestFile.Read(path);
        ManifestFile.Write(path, manifest with { Reports = manifest.Reports.Select(r => r with { Sections = null }).ToList() });
        Assert.DoesNotContain("\"sections\"", File.ReadAllText(path));

        var (same, sameOutput) = Archive("again", "--verify", path);

        Assert.True(same == 0, sameOutput);
        Assert.Contains("all 3 identical", sameOutput);
    }

    [Fact]
    public void DiffDir_ThatReportBuilderDidNotWrite_IsRefused()
    {
        Archive("baseline");
        Directory.CreateDirectory(_archive.Out("mine"));
        File.WriteAllText(_archive.Out("mine", "notes.txt"), "keep me");

        var (exit, output) = Archive("after", "--verify", _archive.Out("baseline", Manifest.FileName),
            "--old-data", _archive.DataDirectory, "--diff-dir", _archive.Out("mine"));

        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("did not write", output);
        Assert.Equal(["notes.txt"], Directory.GetFiles(_archive.Out("mine")).Select(Path.GetFileName));
    }
}
