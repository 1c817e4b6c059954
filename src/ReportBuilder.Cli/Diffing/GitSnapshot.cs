using System.Diagnostics;
using System.Formats.Tar;

namespace ReportBuilder.Cli.Diffing;

/// <summary>
/// A report folder and its templates as committed at a git revision (<c>diff --git REV</c>), exported with
/// <c>git archive</c> into a temporary folder this class creates and deletes; the working tree and the index are
/// never touched.
/// </summary>
/// <remarks>
/// Only regular files and folders are taken from the archive, each kept inside the temporary folder: a committed
/// symbolic link (which could point anywhere on the machine) is skipped, so nothing outside the export is read.
/// </remarks>
public sealed class GitSnapshot : IDisposable
{
    private readonly string root;

    private GitSnapshot(string root, string reportFolder, string? templatesRoot)
    {
        this.root = root;
        ReportFolder = reportFolder;
        TemplatesRoot = templatesRoot;
    }

    /// <summary>The report folder at the revision, inside the temporary folder.</summary>
    public string ReportFolder { get; }

    /// <summary>The templates root at the revision, or null when the templates lie outside the repository (the current ones then serve).</summary>
    public string? TemplatesRoot { get; }

    /// <summary>Exports <paramref name="reportFolder"/> and <paramref name="templatesRoot"/> as committed at <paramref name="revision"/>.</summary>
    /// <returns>The snapshot, or null with <paramref name="error"/> saying why (not in a repository, unknown revision, folder absent there).</returns>
    public static GitSnapshot? Export(string reportFolder, string? templatesRoot, string revision, out string error)
    {
        error = "";
        if (revision.Length == 0 || revision.StartsWith('-'))
        {
            error = $"'{revision}' is not a revision";
            return null;
        }
        if (RepositoryPath(reportFolder, out var topLevel) is not { } reportPath)
        {
            error = $"{reportFolder} is not a folder inside a git repository's working tree";
            return null;
        }
        // Templates outside this repository (or none) leave the current ones in use.
        var templatesPath = templatesRoot is not null && RepositoryPath(templatesRoot, out var templatesTop) is { } t && templatesTop == topLevel ? t : null;

        var temp = Directory.CreateTempSubdirectory("reportbuilder-diff-").FullName;
        try
        {
            string[] paths = templatesPath is null ? [reportPath] : [reportPath, templatesPath];
            if (Git(topLevel, ["archive", "--format=tar", revision, "--", .. paths], out var tar) is { } failed)
            {
                error = $"git cannot give {string.Join(" and ", paths)} at {revision}: {failed}";
                Directory.Delete(temp, true);
                return null;
            }
            Extract(tar, temp);
            return new GitSnapshot(temp, Path.Combine(temp, reportPath), templatesPath is null ? null : Path.Combine(temp, templatesPath));
        }
        catch
        {
            Directory.Delete(temp, true);
            throw;
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, true);
    }

    /// <summary>
    /// <paramref name="folder"/> relative to the top of its repository (forward slashes, as git names it), asked of git
    /// itself so that a path through a symbolic link is still recognised; null when it is not below a repository's top.
    /// </summary>
    private static string? RepositoryPath(string folder, out string topLevel)
    {
        topLevel = "";
        if (!Directory.Exists(folder) || Git(folder, ["rev-parse", "--show-toplevel", "--show-prefix"], out var answer) is not null) return null;
        var lines = System.Text.Encoding.UTF8.GetString(answer).Split('\n');
        if (lines.Length < 2 || lines[1].Trim().Length == 0) return null; // the top itself is not a report folder
        topLevel = lines[0].Trim();
        return lines[1].Trim().TrimEnd('/');
    }

    private static void Extract(byte[] tar, string destination)
    {
        using var reader = new TarReader(new MemoryStream(tar));
        var full = Path.GetFullPath(destination) + Path.DirectorySeparatorChar;
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.Directory)) continue;
            var target = Path.GetFullPath(Path.Combine(destination, entry.Name));
            if (!target.StartsWith(full, StringComparison.Ordinal)) continue;
            if (entry.EntryType == TarEntryType.Directory) { Directory.CreateDirectory(target); continue; }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: false);
        }
    }

    /// <summary>Runs git without a shell; null on success (stdout in <paramref name="output"/>), else git's first error line.</summary>
    private static string? Git(string workingDirectory, string[] arguments, out byte[] output)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        output = [];
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            using var buffer = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(buffer);
            process.WaitForExit();
            output = buffer.ToArray();
            return process.ExitCode == 0 ? null : error.Result.Split('\n')[0].Trim();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"git cannot be run: {e.Message}";
        }
    }
}
