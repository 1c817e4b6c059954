namespace ReportBuilder.Data.Output;

/// <summary>
/// Writes a folder of files so that a reader never sees half of it: everything goes into a temporary sibling
/// folder, which is then renamed into place. An existing folder is moved aside first and deleted afterwards, but only
/// when it is one this writer made (it holds <see cref="MarkerFile"/>) or is empty: any other folder is refused, never
/// deleted (issue #14: <c>-o</c> naming the report folder or <c>.</c> once removed everything in it).
/// </summary>
/// <remarks>
/// Renaming a folder is atomic on one file system, which is why the temporary folder is a sibling of the target
/// and not under <c>/tmp</c>. Between moving the old folder aside and renaming the new one in there is a moment
/// with no folder at all; a reader then finds nothing rather than a mixture. Files are written in the order given.
/// </remarks>
public static class AtomicDirectoryWriter
{
    /// <summary>The empty file every folder written here holds: the proof that replacing the folder destroys nothing of the user's.</summary>
    public const string MarkerFile = ".reportbuilder-edition";

    /// <param name="directory">The folder to create or replace.</param>
    /// <param name="files">Relative paths (forward slashes) and their bytes.</param>
    /// <exception cref="ArgumentException">A path is absolute or climbs out of the folder.</exception>
    public static void Write(string directory, IEnumerable<(string Path, byte[] Bytes)> files)
    {
        var target = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException($"Cannot write an edition at the root: {directory}", nameof(directory));
        Directory.CreateDirectory(parent);
        if (File.Exists(target)) throw new OutputRefusedException($"{directory} is a file; the HTML edition needs a folder there");
        if (Directory.Exists(target) && !File.Exists(Path.Combine(target, MarkerFile)) && Directory.EnumerateFileSystemEntries(target).Any())
            throw new OutputRefusedException(
                $"{directory} is an existing folder that ReportBuilder did not write (it has no {MarkerFile}); it is never replaced: name a new folder");

        var name = Path.GetFileName(target);
        RemoveStale(parent, name);
        var temporary = Path.Combine(parent, $".{name}.tmp-{Environment.ProcessId}");
        var previous = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
        try
        {
            Directory.CreateDirectory(temporary);
            foreach (var (path, bytes) in files)
            {
                var full = Path.GetFullPath(Path.Combine(temporary, path));
                if (Path.IsPathRooted(path) || !full.StartsWith(temporary + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    throw new ArgumentException($"Edition file path {path} must stay inside the folder.", nameof(files));
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                AtomicFile.WriteDurably(full, bytes);
            }
            AtomicFile.WriteDurably(Path.Combine(temporary, MarkerFile), []);

            if (Directory.Exists(target))
            {
                if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
                Directory.Move(target, previous);
            }
            Directory.Move(temporary, target);
            if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        }
        catch
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
            if (!Directory.Exists(target) && Directory.Exists(previous)) Directory.Move(previous, target);
            throw;
        }
    }

    /// <summary>
    /// Removes <c>.NAME.tmp-PID</c> and <c>.NAME.old-PID</c> folders beside <paramref name="name"/> whose process no
    /// longer runs (a build killed between its renames); only those names, never another run's.
    /// </summary>
    private static void RemoveStale(string parent, string name)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}.*"))
        {
            var suffix = Path.GetFileName(folder)[(name.Length + 2)..];
            var dash = suffix.IndexOf('-');
            if (dash > 0 && suffix[..dash] is "tmp" or "old" && int.TryParse(suffix[(dash + 1)..], out var pid) && pid > 0
                && !AtomicFile.ProcessIsRunning(pid))
                Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>An output path that must not be written: an existing folder or file that is not ours to replace.</summary>
public sealed class OutputRefusedException(string message) : IOException(message);
