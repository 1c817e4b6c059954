using ReportBuilder.Data.Output;
using ReportBuilder.Cli.Archive;
using ReportBuilder.Pipeline.Building;
using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Archive;

public sealed class ArchiveCommandTests : IDisposable
{
    private readonly SampleArchive _archive = new(count: 20);

    public void Dispose() => _archive.Dispose();

    private (int Exit, string Output) Archive(IReportBuilder builder, string outName, params string[] extra)
    {
        var cli = new TestCli(builder);
        var exit = cli.Run(["archive", _archive.DataDirectory, "-o", _archive.Out(outName), "--templates", _archive.TemplatesRoot, "--jobs", "2", .. extra]);
        return (exit, cli.Output);
    }

    [Fact]
    public void Archive_WritesOnePdfPerReport_AndAManifestSortedById()
    {
        var (exit, output) = Archive(new FakeReportBuilder(), "out");

        Assert.True(exit == 0, output);
        var manifest = ManifestFile.Read(_archive.Out("out/manifest.json"));
        Assert.Equal(_archive.Reports.Select(r => r.Id).Order(StringComparer.Ordinal), manifest.Reports.Select(r => r.Id));
        foreach (var entry in manifest.Reports)
        {
            var pdf = File.ReadAllBytes(Path.Combine(_archive.Out("out"), entry.Id + ".pdf"));
            Assert.Equal(entry.Bytes, pdf.LongLength);
            Assert.Equal(InputHasher.Sha256(pdf), entry.OutputSha256);
            Assert.Equal(_archive.Reports.Single(r => r.Id == entry.Id).Framework, entry.Template);
            Assert.Equal("1", entry.TemplateVersion);
        }
        Assert.Contains("Building 20 report(s).", output);
        Assert.Empty(Directory.GetFiles(_archive.Out("out"), "*" + AtomicFile.TemporaryExtension, SearchOption.AllDirectories));
    }

    [Fact]
    public void TwoRuns_GiveIdenticalPdfs_AndManifestsThatDifferOnlyInTimings()
    {
        Archive(new FakeReportBuilder(), "a");
        Archive(new FakeReportBuilder(), "b");

        var a = ManifestFile.Read(_archive.Out("a/manifest.json"));
        var b = ManifestFile.Read(_archive.Out("b/manifest.json"));
        Assert.True(a.SameContentAs(b));
        foreach (var entry in a.Reports)
            Assert.Equal(File.ReadAllBytes(_archive.Out("a", entry.Id + ".pdf")), File.ReadAllBytes(_archive.Out("b", entry.Id + ".pdf")));
    }

    [Fact]
    public void Verify_OnAnUnchangedTree_SaysAllIdentical_AndExitsZero()
    {
        Archive(new FakeReportBuilder(), "baseline");

        var (exit, output) = Archive(new FakeReportBuilder(), "again", "--verify", _archive.Out("baseline/manifest.json"));

        Assert.True(exit == 0, output);
        Assert.Contains("all 20 identical", output);
    }

    [Fact]
    public void Verify_AfterOnePercentageChanges_NamesExactlyThatReport_AndExitsOne()
    {
        Archive(new FakeReportBuilder(), "baseline");
        var changed = _archive.Reports[3].Id;
        ChangeFirstPercentage(_archive.ReportFolder(changed));

        var (exit, output) = Archive(new FakeReportBuilder(), "again", "--verify", _archive.Out("baseline/manifest.json"));

        Assert.Equal(1, exit);
        Assert.Contains("1 of 20 report(s) differ", output);
        Assert.Contains($"{changed}: changed (input changed", output);
        foreach (var other in _archive.Reports.Where(r => r.Id != changed))
            Assert.DoesNotContain(other.Id + ":", output);
    }

    [Fact]
    public void Verify_IntoTheBaselinesOwnFolder_KeepsTheBaseline()
    {
        Archive(new FakeReportBuilder(), "out");
        var baseline = File.ReadAllBytes(_archive.Out("out/manifest.json"));
        ChangeFirstPercentage(_archive.ReportFolder(_archive.Reports[0].Id));

        var (exit, _) = Archive(new FakeReportBuilder(), "out", "--verify", _archive.Out("out/manifest.json"));

        Assert.Equal(1, exit);
        Assert.Equal(baseline, File.ReadAllBytes(_archive.Out("out/manifest.json")));
        Assert.True(File.Exists(_archive.Out("out/manifest.new.json")));
    }

    [Fact]
    public void Verify_NamesAddedAndMissingReports()
    {
        Archive(new FakeReportBuilder(), "baseline");
        var removed = _archive.Reports[0].Id;
        Directory.Move(_archive.ReportFolder(removed), _archive.ReportFolder("zz-new-report"));

        var (exit, output) = Archive(new FakeReportBuilder(), "again", "--verify", _archive.Out("baseline/manifest.json"));

        Assert.Equal(1, exit);
        Assert.Contains($"{removed}: missing", output);
        Assert.Contains("zz-new-report: added", output);
    }

    [Fact]
    public void AFailingReport_DoesNotStopTheOthers_IsListed_AndExitsOne()
    {
        var broken = _archive.Reports[5].Id;
        File.Delete(Path.Combine(_archive.ReportFolder(broken), "standards.csv"));

        var (exit, output) = Archive(new FakeReportBuilder(), "out");

        Assert.Equal(1, exit);
        var manifest = ManifestFile.Read(_archive.Out("out/manifest.json"));
        Assert.Equal(19, manifest.Reports.Count);
        var failure = Assert.Single(manifest.Failures);
        Assert.Equal(broken, failure.Id);
        Assert.Contains("standards.csv", Assert.Single(failure.Errors));
        Assert.Contains("1 report(s) failed:", output);
        Assert.Contains("  " + broken, output);
        Assert.False(File.Exists(_archive.Out("out", broken + ".pdf")));
    }

    [Fact]
    public void AReportWhoseBuildThrows_IsAFailure_NotACrash()
    {
        var crashing = _archive.Reports[2].Id;
        var builder = new FakeReportBuilder
        {
            During = r => { if (r.ReportFolder.EndsWith(crashing, StringComparison.Ordinal)) throw new InvalidOperationException("boom"); },
        };

        var (exit, output) = Archive(builder, "out");

        Assert.Equal(1, exit);
        Assert.Contains("InvalidOperationException: boom", output);
        Assert.Equal(19, ManifestFile.Read(_archive.Out("out/manifest.json")).Reports.Count);
    }

    [Fact]
    public void Shards_PartitionTheArchive_AndTheirMergeEqualsAnUnshardedRun()
    {
        Archive(new FakeReportBuilder(), "whole");
        var shardManifests = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            var (exit, output) = Archive(new FakeReportBuilder(), $"shard{k}", "--shard", $"{k}/3");
            Assert.True(exit == 0, output);
            shardManifests.Add(_archive.Out($"shard{k}/manifest.json"));
        }

        var ids = shardManifests.Select(m => ManifestFile.Read(m).Reports.Select(r => r.Id).ToList()).ToList();
        Assert.All(ids, shard => Assert.NotEmpty(shard));
        Assert.Equal(20, ids.Sum(s => s.Count));
        Assert.Equal(_archive.Reports.Select(r => r.Id).Order(StringComparer.Ordinal), ids.SelectMany(s => s).Order(StringComparer.Ordinal));

        var cli = new TestCli(new FakeReportBuilder());
        var mergeExit = cli.Run(["archive", "merge", .. shardManifests, "-o", _archive.Out("merged.json")]);
        Assert.True(mergeExit == 0, cli.Output);
        var merged = ManifestFile.Read(_archive.Out("merged.json"));
        Assert.True(merged.SameContentAs(ManifestFile.Read(_archive.Out("whole/manifest.json"))));
        Assert.Equal(["1/3", "2/3", "3/3"], merged.Run.Shards);
    }

    [Fact]
    public void Merge_WithAShardMissing_WarnsAndExitsOne()
    {
        Archive(new FakeReportBuilder(), "shard1", "--shard", "1/2");
        var cli = new TestCli(new FakeReportBuilder());

        var exit = cli.Run("archive", "merge", _archive.Out("shard1/manifest.json"), "-o", _archive.Out("merged.json"));

        Assert.Equal(1, exit);
        Assert.Contains("Missing shard(s): 2/2", cli.Output);
    }

    [Fact]
    public void ARerun_ReusesWhatIsComplete_AndRebuildsWhatIsMissingOrDamaged()
    {
        Archive(new FakeReportBuilder(), "out");
        var deleted = _archive.Reports[0].Id;
        var damaged = _archive.Reports[1].Id;
        File.Delete(_archive.Out("out", deleted + ".pdf"));
        File.WriteAllText(_archive.Out("out", damaged + ".pdf"), "%PDF-1.7 truncated");
        File.WriteAllText(_archive.Out("out", ".x.pdf.123.1" + AtomicFile.TemporaryExtension), "left by a killed run");
        var builder = new FakeReportBuilder();

        var (exit, output) = Archive(builder, "out");

        Assert.True(exit == 0, output);
        Assert.Equal(2, builder.Builds);
        Assert.Contains("18 reused", output);
        Assert.Empty(Directory.GetFiles(_archive.Out("out"), "*" + AtomicFile.TemporaryExtension));
        var manifest = ManifestFile.Read(_archive.Out("out/manifest.json"));
        Assert.Equal(20, manifest.Reports.Count);
        Assert.Equal(manifest.Reports.Single(r => r.Id == damaged).OutputSha256, InputHasher.Sha256(File.ReadAllBytes(_archive.Out("out", damaged + ".pdf"))));
    }

    [Fact]
    public void ARerun_RebuildsAReportWhoseInputChanged()
    {
        Archive(new FakeReportBuilder(), "out");
        ChangeFirstPercentage(_archive.ReportFolder(_archive.Reports[4].Id));
        var builder = new FakeReportBuilder();

        Archive(builder, "out");

        Assert.Equal(1, builder.Builds);
    }

    [Fact]
    public void AChangedTemplate_ChangesTheInputHashOfEveryReportThatNamesIt()
    {
        Archive(new FakeReportBuilder(), "before");
        File.AppendAllText(Path.Combine(_archive.TemplatesRoot, "hmip-youth-2018", "1", "report.sbn"), "changed\n");
        Archive(new FakeReportBuilder(), "after");

        var before = ManifestFile.Read(_archive.Out("before/manifest.json")).Reports.ToDictionary(r => r.Id);
        var after = ManifestFile.Read(_archive.Out("after/manifest.json")).Reports;
        Assert.All(after, r => Assert.Equal(r.Template == "hmip-youth-2018", r.InputHash != before[r.Id].InputHash));
    }

    [Theory]
    [InlineData("--shard", "0/3")]
    [InlineData("--shard", "4/3")]
    [InlineData("--shard", "two")]
    [InlineData("--jobs", "0")]
    [InlineData("--verify", "no-such-manifest.json")]
    public void BadOptions_AreUsageErrors(string option, string value)
    {
        var (exit, output) = Archive(new FakeReportBuilder(), "out", option, value);

        Assert.True(exit == 2, output);
    }

    [Fact]
    public void AMissingOutputOption_IsAUsageError()
    {
        var cli = new TestCli(new FakeReportBuilder());

        Assert.Equal(2, cli.Run("archive", _archive.DataDirectory));
    }

    /// <summary>Adds one to the first key question's % 'Yes' (and drops its counts, which would no longer match it).</summary>
    internal static void ChangeFirstPercentage(string reportFolder)
    {
        var path = Path.Combine(reportFolder, "key-questions.csv");
        var lines = File.ReadAllLines(path);
        var withCounts = lines[0].EndsWith("relevant", StringComparison.Ordinal);
        var fields = lines[1].Split(',');
        var index = fields.Length - (withCounts ? 3 : 1);
        var percent = int.Parse(fields[index]);
        fields[index] = (percent == 100 ? 99 : percent + 1).ToString();
        if (withCounts)
        {
            fields[^2] = "";
            fields[^1] = "";
        }
        lines[1] = string.Join(',', fields);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }
}
