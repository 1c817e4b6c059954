using System.CommandLine;
using ReportBuilder.Cli.Archive;
using ReportBuilder.Cli.Output;

namespace ReportBuilder.Cli.Commands.Archive;

/// <summary><c>archive merge &lt;manifest&gt;... -o &lt;file&gt;</c>: joins the manifests of the shards of one archive into one.</summary>
public static class ArchiveMergeCommand
{
    public static Command Create(CliServices services)
    {
        var manifests = new Argument<FileInfo[]>("manifest") { Description = "The manifest.json of every shard.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<FileInfo>("--output", "-o") { Description = "The merged manifest to write.", Required = true };
        var command = new Command("merge", "Join the manifests of archive shards into the manifest of the whole archive.") { manifests, output };
        command.SetAction(parse => Execute(services, parse.GetRequiredValue(manifests).Select(f => f.FullName).ToList(), parse.GetRequiredValue(output).FullName));
        return command;
    }

    public static int Execute(CliServices services, IReadOnlyList<string> manifestPaths, string outputPath)
    {
        var parts = new List<(string, Manifest)>();
        foreach (var path in manifestPaths)
        {
            try
            {
                parts.Add((path, ManifestFile.Read(path)));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                services.Error(e.Message);
                return ExitCodes.Errors;
            }
        }
        var merged = ManifestMerger.Merge(parts);
        foreach (var error in merged.Errors) services.Error(error);
        if (merged.Errors.Count > 0) return ExitCodes.Errors;
        foreach (var warning in merged.Warnings) services.Warning(warning);
        ManifestFile.Write(outputPath, merged.Manifest);
        services.Line($"Merged {parts.Count} manifest(s): {merged.Manifest.Reports.Count} built, {merged.Manifest.Failures.Count} failed -> {outputPath}");
        return merged.Warnings.Count > 0 || merged.Manifest.Failures.Count > 0 ? ExitCodes.Warnings : ExitCodes.Success;
    }
}
