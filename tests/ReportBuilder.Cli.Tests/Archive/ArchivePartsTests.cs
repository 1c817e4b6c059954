using ReportBuilder.Cli.Archive;
using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Archive;

public sealed class ArchivePartsTests
{
    [Fact]
    public void InputHash_IsTheSameWhereverTheFolderLives_AndChangesWithOneByte()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        foreach (var root in new[] { a.Path, b.Path })
        {
            Directory.CreateDirectory(Path.Combine(root, "r", "text"));
            File.WriteAllText(Path.Combine(root, "r", "report.yaml"), "id: r\n");
            File.WriteAllText(Path.Combine(root, "r", "text", "foreword.md"), "Hello.\n");
        }
        var hash = InputHasher.Hash(Path.Combine(a.Path, "r"), null);
        Assert.Equal(hash, InputHasher.Hash(Path.Combine(b.Path, "r"), null));

        File.WriteAllText(Path.Combine(b.Path, "r", ".report.yaml.swp"), "editor state");
        Assert.Equal(hash, InputHasher.Hash(Path.Combine(b.Path, "r"), null));

        File.WriteAllText(Path.Combine(b.Path, "r", "text", "foreword.md"), "Hello!\n");
        Assert.NotEqual(hash, InputHasher.Hash(Path.Combine(b.Path, "r"), null));
    }

    [Theory]
    [InlineData("language: [en-GB\ntemplate: hmip-youth-2021\n")]   // YamlDotNet throws InvalidOperationException here
    [InlineData("template: \"unclosed\n")]
    [InlineData("- a list\n- not a mapping\n")]
    public void ReportFolder_WithABrokenReportYaml_LeavesTheTemplateUnknown_InsteadOfThrowing(string yaml)
    {
        // watch re-reads report.yaml after every save and archive before every build: a typo must not end either.
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("r"));
        File.WriteAllText(temp.Combine("r", "report.yaml"), yaml);
        var folder = ReportFolder.Read(temp.Combine("r"), Repository.Path("templates"));
        Assert.Equal("r", folder.Id);
        Assert.Null(folder.TemplateFolder);
    }

    [Fact]
    public void InputHash_TellsApartAMovedFile_AndBytesMovedBetweenFiles()
    {
        using var a = new TempFolder();
        File.WriteAllText(a.Combine("x.md"), "ab");
        File.WriteAllText(a.Combine("y.md"), "c");
        var first = InputHasher.Hash(a.Path, null);
        File.WriteAllText(a.Combine("x.md"), "a");
        File.WriteAllText(a.Combine("y.md"), "bc");
        Assert.NotEqual(first, InputHasher.Hash(a.Path, null));
    }

    [Fact]
    public void Shards_AreStable_AcrossProcessesAndVersions()
    {
        // Pinned: changing the hash would move reports between shards of an archive already being processed. The values were
        // computed outside .NET: int.from_bytes(hashlib.sha256(id.encode()).digest()[:8], "big") % 4 + 1 in Python.
        Assert.Equal(
            [1, 3, 3, 3, 3],
            new[] { "lincolnshire-2023", "example-2019-requires-improvement", "a", "b", "ashworth-2021" }.Select(id => Shard.ShardOf(id, 4)));
    }

    [Fact]
    public void EveryId_FallsInExactlyOneShard()
    {
        var ids = Enumerable.Range(0, 500).Select(i => $"report-{i}").ToList();
        for (var n = 1; n <= 7; n++)
        {
            var shards = Enumerable.Range(1, n).Select(k => new Shard(k, n)).ToList();
            Assert.All(ids, id => Assert.Single(shards, s => s.Contains(id)));
            Assert.All(shards, s => Assert.InRange(ids.Count(s.Contains), 500 / n / 2, 500 / n * 2));
        }
    }

    [Fact]
    public void Manifest_RoundTripsThroughJson_WithUnixLineEnds()
    {
        using var folder = new TempFolder();
        var manifest = Manifest.Create(
            [new ManifestEntry("b", "hmip-youth-2021", "1", "ih", "oh", 3, 100), new ManifestEntry("a", "hmip-youth-2018", "1", "ih2", "oh2", 4, 200)],
            [new ManifestFailure("c", "t", "1", "ih3", ["c/report.yaml:1:1: error: x [RB1]"])],
            new ManifestRun("1.0", 2, ["1/1"], 1234, new Dictionary<string, long> { ["b"] = 5, ["a"] = 6 }));
        var path = folder.Combine("manifest.json");

        ManifestFile.Write(path, manifest);
        var read = ManifestFile.Read(path);

        Assert.Equal(["a", "b"], read.Reports.Select(r => r.Id));
        Assert.True(read.SameContentAs(manifest));
        Assert.Equal(6, read.Run.Milliseconds["a"]);
        var text = File.ReadAllText(path);
        Assert.DoesNotContain("\r", text);
        Assert.Contains("\"outputSha256\": \"oh2\"", text);
    }

    [Fact]
    public void AnUnreadableManifest_IsAnErrorNamingTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("manifest.json");
        File.WriteAllText(path, "{ not json");

        var error = Assert.Throws<InvalidDataException>(() => ManifestFile.Read(path));
        Assert.Contains(path, error.Message);
    }
}
