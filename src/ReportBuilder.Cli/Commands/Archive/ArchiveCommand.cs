using System.CommandLine;
using ReportBuilder.Cli.Archive;
using ReportBuilder.Cli.Limits;
using ReportBuilder.Cli.Output;
using ReportBuilder.Data.Loading;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands.Archive;

/// <summary>
/// <c>archive &lt;data-dir&gt; -o &lt;out-dir&gt; [--jobs N] [--verify manifest.json] [--shard K/N]</c>: rebuilds every report
/// of an archive with the template version each names, writes <c>manifest.json</c>, and with <c>--verify</c> proves that
/// nothing changed since an earlier manifest.
/// </summary>
public static class ArchiveCommand
{
    public static Command Create(CliServices services)
    {
        var dataDirectory = new Argument<DirectoryInfo>("data-dir") { Description = "The folder whose sub-folders are report folders (each with a report.yaml)." };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Where the PDFs, manifest.json and the resume sidecars go.", Required = true };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Reports built at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var verify = new Option<FileInfo?>("--verify") { Description = "An earlier manifest.json: rebuild everything and name every report whose PDF differs (exit 1)." };
        var shard = new Option<string?>("--shard") { Description = "K/N: build only the reports in shard K of N (a stable hash of the id), for a CI matrix or batch jobs." };
        var oldData = new Option<DirectoryInfo?>("--old-data") { Description = "With --verify: the data folder the earlier manifest was built from; each changed report's first changes are printed in words." };
        var diffDirectory = new Option<DirectoryInfo?>("--diff-dir") { Description = "With --verify and --old-data: write each changed report's HTML diff here (<id>.html)." };
        var templates = new Option<DirectoryInfo?>("--templates") { Description = "The folder of template sets (default: the nearest templates/ above the data folder)." };

        var limits = LimitOption.Create("Each report has its own limits: one over them fails, the others go on.");
        var command = new Command("archive", "Rebuild every report of an archive in parallel and write a manifest; verify against an earlier one.")
        {
            dataDirectory, output, jobs, verify, shard, templates, limits, oldData, diffDirectory,
        };
        command.Add(ArchiveMergeCommand.Create(services));
        command.SetAction((parse, cancellationToken) => Task.FromResult(Execute(services, new ArchiveRequest(
            parse.GetRequiredValue(dataDirectory).FullName,
            parse.GetRequiredValue(output).FullName,
            parse.GetValue(jobs),
            parse.GetValue(shard),
            parse.GetValue(verify)?.FullName,
            parse.GetValue(templates)?.FullName)
        {
            Limits = parse.GetValue(limits),
            OldDataDirectory = parse.GetValue(oldData)?.FullName,
            DiffDirectory = parse.GetValue(diffDirectory)?.FullName,
        }, cancellationToken)));
        return command;
    }

    public sealed record ArchiveRequest(string DataDirectory, string OutputDirectory, int Jobs, string? Shard, string? Verify, string? TemplatesRoot)
    {
        /// <summary>Each report's file, template, page and time limits (<c>--limit</c>); null for the defaults.</summary>
        public ReportLimits? Limits { get; init; }

        /// <summary>The data folder the <see cref="Verify"/> manifest was built from (<c>--old-data</c>), to say what changed in words.</summary>
        public string? OldDataDirectory { get; init; }

        /// <summary>Where each changed report's HTML diff is written (<c>--diff-dir</c>).</summary>
        public string? DiffDirectory { get; init; }
    }

    public static int Execute(CliServices services, ArchiveRequest request, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(request.DataDirectory))
            return Usage(services, $"{request.DataDirectory}: no such folder.");
        if (request.Jobs < 1)
            return Usage(services, $"--jobs {request.Jobs}: at least 1 job.");
        var shard = Shard.All;
        if (request.Shard is not null && !Shard.TryParse(request.Shard, out shard, out var shardError))
            return Usage(services, shardError!);
        if ((request.OldDataDirectory is not null || request.DiffDirectory is not null) && request.Verify is null)
            return Usage(services, "--old-data and --diff-dir go with --verify.");
        if (request.DiffDirectory is not null && request.OldDataDirectory is null)
            return Usage(services, "--diff-dir needs --old-data: the earlier folders to compare with.");
        if (request.OldDataDirectory is not null && !Directory.Exists(request.OldDataDirectory))
            return Usage(services, $"{request.OldDataDirectory}: no such folder.");
        if (request.DiffDirectory is not null && !ChangeExplainer.MayWriteInto(request.DiffDirectory))
            return Usage(services, $"{request.DiffDirectory}: a folder that reportbuilder did not write (no {ChangeExplainer.Marker}); nothing is written into it.");
        Manifest? baseline = null;
        if (request.Verify is not null)
        {
            try
            {
                baseline = ManifestFile.Read(request.Verify);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                return Usage(services, e.Message);
            }
        }

        var runner = new ArchiveRunner(services.CreateBuilder(), CliServices.ToolVersion);
        var options = new ArchiveOptions(request.DataDirectory, request.OutputDirectory, request.Jobs, shard, request.TemplatesRoot,
            Resume: baseline is null) { Limits = request.Limits };
        var result = services.Interactive
            ? services.Console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx => runner.Run(options, new SpectreArchiveProgress(ctx.AddTask("archive", autoStart: false)), cancellationToken))
            : runner.Run(options, new PlainArchiveProgress(services), cancellationToken);

        var manifestPath = Path.Combine(request.OutputDirectory, Manifest.FileName);
        // Never overwrite the baseline being verified against: a second verify would then compare with the changed run.
        if (request.Verify is not null && Path.GetFullPath(request.Verify) == Path.GetFullPath(manifestPath))
            manifestPath = Path.Combine(request.OutputDirectory, "manifest.new.json");
        if (!result.Cancelled) ManifestFile.Write(manifestPath, result.Manifest);

        var manifest = result.Manifest;
        var total = manifest.Reports.Count + manifest.Failures.Count;
        services.Line($"{manifest.Reports.Count} built, {manifest.Failures.Count} failed{(result.Reused > 0 ? $", {result.Reused} reused from an earlier run" : "")}" +
                      $"{(shard.IsAll ? "" : $" (shard {shard})")} in {manifest.Run.ElapsedMilliseconds / 1000.0:0.00} s with {request.Jobs} job(s).");
        if (result.Cancelled)
        {
            services.Error("Cancelled: no manifest written; run the same command again to resume.");
            return ExitCodes.Warnings;
        }
        services.Line($"Manifest: {manifestPath}");
        if (manifest.Failures.Count > 0)
        {
            services.Error($"{manifest.Failures.Count} report(s) failed:");
            foreach (var failure in manifest.Failures)
            {
                services.Line($"  {failure.Id}");
                foreach (var error in failure.Errors.Take(10)) services.Line($"    {error}");
                if (failure.Errors.Count > 10) services.Line($"    … and {failure.Errors.Count - 10} more");
            }
        }

        var changed = false;
        if (baseline is not null)
        {
            var changes = ManifestComparison.Compare(baseline, manifest, shard);
            changed = changes.Count > 0;
            if (changed)
            {
                services.Error($"{changes.Count} of {total} report(s) differ from {request.Verify}:");
                var explainer = new ChangeExplainer(new ExplainOptions(request.DataDirectory, request.OldDataDirectory,
                    request.TemplatesRoot, request.DiffDirectory, request.Limits));
                foreach (var change in changes)
                {
                    services.Line($"  {change}");
                    if (change.Kind != ChangeKind.Changed) continue;
                    foreach (var line in explainer.Explain(change.Id, Entry(baseline, change.Id), Entry(manifest, change.Id))) services.Line($"    {line}");
                }
                if (request.DiffDirectory is not null) services.Line($"HTML diffs: {request.DiffDirectory}");
            }
            else services.Line($"Verified against {request.Verify}: all {total} identical.");
        }
        return manifest.Failures.Count > 0 || changed ? ExitCodes.Warnings : ExitCodes.Success;
    }

    private static ManifestEntry? Entry(Manifest manifest, string id) => manifest.Reports.FirstOrDefault(r => r.Id == id);

    private static int Usage(CliServices services, string message)
    {
        services.Error(message);
        return ExitCodes.Errors;
    }
}
