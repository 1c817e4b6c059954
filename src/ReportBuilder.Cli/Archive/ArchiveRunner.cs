using ReportBuilder.Data.Output;
using System.Collections.Concurrent;
using System.Diagnostics;
using ReportBuilder.Cli.Diffing;
using ReportBuilder.Pipeline.Building;

namespace ReportBuilder.Cli.Archive;

/// <summary>
/// Builds every report folder of an archive (or of one shard of it) in parallel, each PDF written atomically with a sidecar,
/// and returns the manifest. A failing report is recorded and the others go on.
/// </summary>
/// <param name="tool">The version written into sidecars and the manifest; a resumed run reuses only what this same version built.</param>
public sealed class ArchiveRunner(IReportBuilder builder, string tool)
{
    public const string SidecarFolder = ".archive";

    public ArchiveResult Run(ArchiveOptions options, IArchiveProgress progress, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var templatesRoot = options.TemplatesRoot ?? TemplatesRoot.Resolve(null, options.DataDirectory);
        var reports = ReportFolder.Discover(options.DataDirectory, templatesRoot)
            .Where(r => options.Shard.Contains(r.Id))
            .ToList();

        Directory.CreateDirectory(Path.Combine(options.OutputDirectory, SidecarFolder));
        AtomicFile.RemoveLeftovers(options.OutputDirectory);
        AtomicFile.RemoveLeftovers(Path.Combine(options.OutputDirectory, SidecarFolder));

        progress.Started(reports.Count);
        var results = new ConcurrentBag<ArchiveItemResult>();
        var cancelled = false;
        try
        {
            Parallel.ForEach(
                reports,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = cancellationToken },
                report =>
                {
                    var result = BuildOne(report, options, templatesRoot, cancellationToken);
                    results.Add(result);
                    progress.Completed(result);
                });
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
        }

        var manifest = Manifest.Create(
            results.Where(r => r.Entry is not null).Select(r => r.Entry!),
            results.Where(r => r.Failure is not null).Select(r => r.Failure!),
            new ManifestRun(tool, options.Jobs, [options.Shard.ToString()], clock.ElapsedMilliseconds,
                results.ToDictionary(r => r.Id, r => r.Milliseconds)));
        return new ArchiveResult(manifest, results.Count(r => r.Reused), cancelled);
    }

    private ArchiveItemResult BuildOne(ReportFolder report, ArchiveOptions options, string? templatesRoot, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var pdfPath = Path.Combine(options.OutputDirectory, report.Id + ".pdf");
        var sidecarPath = Path.Combine(options.OutputDirectory, SidecarFolder, report.Id + ".json");
        string inputHash;
        try
        {
            inputHash = InputHasher.Hash(report.Path, report.TemplateFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(report, "", [$"{report.Path}: cannot read the report folder: {e.Message}"], clock);
        }

        if (options.Resume && TryReuse(sidecarPath, pdfPath, inputHash) is { } reused)
            return new ArchiveItemResult(report.Id, reused.Entry, null, reused.Milliseconds, Reused: true);

        ReportBuildResult built;
        try
        {
            built = builder.Build(new ReportBuildRequest(report.Path, BuildMode.Final, templatesRoot, Limits: options.Limits), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            // One report's crash is that report's failure: the archive goes on.
            return Failed(report, inputHash, [$"{report.Path}: the build failed: {e.GetType().Name}: {e.Message}"], clock, pdfPath, sidecarPath);
        }

        if (built.Pdf is null || built.HasErrors)
        {
            var errors = built.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
            if (errors.Count == 0) errors.Add($"{report.Path}: the build gave no PDF.");
            return Failed(report, inputHash, errors, clock, pdfPath, sidecarPath);
        }

        var entry = new ManifestEntry(report.Id, report.TemplateId ?? "", report.TemplateVersion ?? "", inputHash,
            InputHasher.Sha256(built.Pdf), built.Pages, built.Pdf.LongLength) { Sections = SectionDigests(built) };
        // PDF first, sidecar second: a kill between the two leaves a PDF without a sidecar, which is simply built again.
        var milliseconds = clock.ElapsedMilliseconds;
        try
        {
            AtomicFile.WriteAllBytes(pdfPath, built.Pdf);
            AtomicFile.WriteAllBytes(sidecarPath, ManifestFile.Serialize(new BuildSidecar(entry, tool, milliseconds)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(report, inputHash, [$"{pdfPath}: cannot write: {e.Message}"], clock);
        }
        return new ArchiveItemResult(report.Id, entry, null, milliseconds, Reused: false);
    }

    private BuildSidecar? TryReuse(string sidecarPath, string pdfPath, string inputHash)
    {
        var sidecar = ManifestFile.TryReadSidecar(sidecarPath);
        if (sidecar?.Entry is null || sidecar.Tool != tool || sidecar.Entry.InputHash != inputHash) return null;
        var info = new FileInfo(pdfPath);
        if (!info.Exists || info.Length != sidecar.Entry.Bytes) return null;
        return InputHasher.Sha256(File.ReadAllBytes(pdfPath)) == sidecar.Entry.OutputSha256 ? sidecar : null;
    }

    /// <summary>A short digest per section of the report (<see cref="ReportOutline.Digests"/>), for the manifest; null when the builder gave no loaded folder.</summary>
    private static IReadOnlyDictionary<string, string>? SectionDigests(ReportBuildResult built) =>
        built.Loaded is { Report: { } report, Score: { } score } loaded
            ? ReportOutline.Digests(ReportOutline.Of(report, score, loaded.TemplateFolder))
            : null;

    private static ArchiveItemResult Failed(ReportFolder report, string inputHash, IReadOnlyList<string> errors, Stopwatch clock,
        string? stalePdf = null, string? staleSidecar = null)
    {
        // A PDF left from an earlier run would no longer match its sources: the output folder shows only what this run built.
        if (stalePdf is not null && File.Exists(stalePdf)) File.Delete(stalePdf);
        if (staleSidecar is not null && File.Exists(staleSidecar)) File.Delete(staleSidecar);
        var failure = new ManifestFailure(report.Id, report.TemplateId ?? "", report.TemplateVersion ?? "", inputHash, errors);
        return new ArchiveItemResult(report.Id, null, failure, clock.ElapsedMilliseconds, Reused: false);
    }
}
