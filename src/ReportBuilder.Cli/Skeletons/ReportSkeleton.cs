using System.Text.RegularExpressions;
using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Cli.Skeletons;

/// <summary>
/// The skeleton of a new report folder that a template set carries in its <c>skeleton/</c> folder: every file its
/// framework needs, each field and section present with a <c>TODO:</c> placeholder. Adding a framework adds its
/// skeleton as files, with no change of code.
/// </summary>
public static partial class ReportSkeleton
{
    public const string FolderName = "skeleton";

    /// <summary>A skeleton is a handful of small text files; anything larger is not one of ours.</summary>
    private const long MaxFileBytes = 256 * 1024;

    /// <summary>
    /// Writes the skeleton of <paramref name="templateFolder"/> (<c>templates/&lt;id&gt;/&lt;version&gt;</c>) as the new
    /// folder <paramref name="target"/>, with <c>id</c> in its report.yaml set to the folder's name. The folder must not
    /// exist: a new report never writes into anything that is already there. The files are written into a hidden
    /// sibling folder first and renamed into place, so a failed run leaves nothing at <paramref name="target"/>.
    /// </summary>
    /// <returns>The number of files written, or null with the reason in <paramref name="diagnostics"/>.</returns>
    public static int? Write(string templateFolder, string target, string shownTarget, DiagnosticBag diagnostics)
    {
        var source = Path.Combine(templateFolder, FolderName);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var at = SourceSpan.StartOf(shownTarget);
        if (Directory.Exists(full) || File.Exists(full) || new FileInfo(full).LinkTarget is not null)
        {
            diagnostics.Error(at, DiagnosticCodes.NewFolderRefused, "it already exists; 'new' writes only a folder that does not exist yet, so nothing was written");
            return null;
        }
        var parent = Path.GetDirectoryName(full)!;
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.new-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(staging);
            var count = 0;
            var reader = new Data.Reading.ReportFileReader(source, MaxFileBytes);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(file);
                var relative = Path.GetRelativePath(source, file);
                // A template set is shared between people too: only plain, small files of the skeleton are copied.
                // Read through the one reader (rooted at the skeleton): a named pipe among the files is refused, not waited on.
                if (info.LinkTarget is not null || reader.TryRead(file, out _) is not { } bytes)
                {
                    diagnostics.Error(SourceSpan.StartOf(Path.Combine(source, relative).Replace('\\', '/')), DiagnosticCodes.NewTemplateUnknown,
                        $"the skeleton file is a link, not a regular file, or larger than {MaxFileBytes / 1024} KiB; a skeleton holds small text files only");
                    Directory.Delete(staging, recursive: true);
                    return null;
                }
                var text = Templating.TemplateFileText.Decode(bytes);
                if (relative == "report.yaml") text = WithId(text, Path.GetFileName(full));
                var to = Path.Combine(staging, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                using (var stream = new FileStream(to, FileMode.CreateNew, FileAccess.Write))
                using (var writer = new StreamWriter(stream))
                    writer.Write(text);
                count++;
            }
            Directory.Move(staging, full);
            return count;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The staging folder is ours (this process named it); the target was never created.
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            diagnostics.Error(at, DiagnosticCodes.NewFolderRefused, $"cannot write the new folder: {e.Message}; nothing was written");
            return null;
        }
    }

    /// <summary>Whether the template set has a skeleton to write.</summary>
    public static bool Exists(string templateFolder) => Directory.Exists(Path.Combine(templateFolder, FolderName));

    /// <summary>The report's id is its folder's name; YAML double quotes keep any name a valid value.</summary>
    private static string WithId(string reportYaml, string id)
    {
        var quoted = "\"" + id.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        return IdLine().Replace(reportYaml, $"id: {quoted}", 1);
    }

    [GeneratedRegex(@"^id:.*$", RegexOptions.Multiline)]
    private static partial Regex IdLine();
}
