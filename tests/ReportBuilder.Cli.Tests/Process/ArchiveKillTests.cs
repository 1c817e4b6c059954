using ReportBuilder.Data.Output;
using ReportBuilder.Cli.Archive;
using ReportBuilder.Cli.Tests.Support;
using UglyToad.PdfPig;

namespace ReportBuilder.Cli.Tests.Process;

/// <summary>The real process, killed mid-run: nothing half-written is left where a PDF should be, and a re-run finishes the job.</summary>
public sealed class ArchiveKillTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AKilledArchive_LeavesNoTruncatedPdf_AndARerunCompletesIt()
    {
        var data = _folder.Combine("data");
        var count = ReportBuilder.SampleData.SampleReportGenerator.Generate(data, 12, seed: 21).Count;
        var output = _folder.Combine("out");
        string[] args = ["archive", data, "-o", output, "--templates", Repository.Path("templates"), "--jobs", "1"];

        using (var process = CliProcess.Start(Repository.Root, args))
        {
            var sidecars = Path.Combine(output, ArchiveRunner.SidecarFolder);
            var deadline = DateTime.UtcNow + Limit;
            while (!(Directory.Exists(sidecars) && Directory.GetFiles(sidecars, "*.json").Length >= 2) && !process.HasExited && DateTime.UtcNow < deadline)
                Thread.Sleep(20);
            // Kill first, read after: reading the output would wait for the process to end.
            var finished = process.HasExited;
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.False(finished, "the archive finished before it could be killed:\n" + process.StandardOutput.ReadToEnd());
        }

        Assert.False(File.Exists(Path.Combine(output, Manifest.FileName)),
            "a manifest after the kill: " + string.Join(", ", Directory.GetFiles(output).Select(Path.GetFileName)));
        var left = Directory.GetFiles(output, "*.pdf");
        Assert.InRange(left.Length, 2, count - 1);
        foreach (var pdf in left) AssertCompletePdf(pdf);

        var (exit, printed) = CliProcess.Run(Repository.Root, Limit, args);

        Assert.True(exit is 0 or 1, printed);
        Assert.Matches(@"\d+ reused from an earlier run", printed);
        var manifest = ManifestFile.Read(Path.Combine(output, Manifest.FileName));
        Assert.Equal(count, manifest.Reports.Count + manifest.Failures.Count);
        foreach (var entry in manifest.Reports)
        {
            var pdf = Path.Combine(output, entry.Id + ".pdf");
            AssertCompletePdf(pdf);
            Assert.Equal(entry.OutputSha256, InputHasher.Sha256(File.ReadAllBytes(pdf)));
        }
        Assert.Empty(Directory.GetFiles(output, "*" + AtomicFile.TemporaryExtension, SearchOption.AllDirectories));
    }

    private static void AssertCompletePdf(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var tail = System.Text.Encoding.ASCII.GetString(bytes[^Math.Min(32, bytes.Length)..]);
        Assert.True(tail.TrimEnd().EndsWith("%%EOF", StringComparison.Ordinal), $"{path} does not end with %%EOF");
        using var document = PdfDocument.Open(bytes);
        Assert.True(document.NumberOfPages > 0, path);
    }
}
