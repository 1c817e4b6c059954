using System.Text;
using ReportBuilder.Cli.Diffing;
using ReportBuilder.Cli.Diffing.Output;
using ReportBuilder.Data.Loading;
using ReportBuilder.Data.Output;

namespace ReportBuilder.Cli.Archive;

/// <summary>Where <c>archive --verify</c> finds the earlier versions and writes HTML diffs.</summary>
/// <param name="OldDataDirectory">The data folder the earlier manifest was built from (<c>--old-data</c>), or null.</param>
/// <param name="DiffDirectory">Where each changed report's HTML diff goes (<c>--diff-dir</c>), or null.</param>
public sealed record ExplainOptions(string DataDirectory, string? OldDataDirectory, string? TemplatesRoot, string? DiffDirectory, ReportLimits? Limits);

/// <summary>
/// Says, for a report whose PDF changed, what changed in it: its first few changes in words when the earlier folder is
/// at hand (<c>--old-data</c>), else the sections whose digests in the two manifests differ.
/// </summary>
public sealed class ChangeExplainer(ExplainOptions options)
{
    /// <summary>Changes printed per report; the HTML diff has them all.</summary>
    public const int FirstChanges = 5;

    /// <summary>The file that marks a diff folder as ours: an existing folder without it is never written into.</summary>
    public const string Marker = ".reportbuilder-diffs";

    /// <summary>Whether <paramref name="folder"/> may receive diffs: absent, empty, or written by an earlier verify.</summary>
    public static bool MayWriteInto(string folder) =>
        !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any() || File.Exists(Path.Combine(folder, Marker));

    public IReadOnlyList<string> Explain(string id, ManifestEntry? earlier, ManifestEntry? rebuilt)
    {
        var oldFolder = options.OldDataDirectory is null ? null : Path.Combine(options.OldDataDirectory, id);
        var newFolder = Path.Combine(options.DataDirectory, id);
        if (oldFolder is not null && Directory.Exists(oldFolder) && Directory.Exists(newFolder)) return InWords(id, oldFolder, newFolder);
        if (earlier?.Sections is null || rebuilt?.Sections is null) return [];
        var changed = earlier.Sections.Keys.Union(rebuilt.Sections.Keys)
            .Where(k => earlier.Sections.GetValueOrDefault(k) != rebuilt.Sections.GetValueOrDefault(k))
            .Order(StringComparer.Ordinal).ToList();
        return [changed.Count == 0 ? "no section changed (the template set or the tool made the difference)" : "sections changed: " + string.Join(", ", changed)];
    }

    private List<string> InWords(string id, string oldFolder, string newFolder)
    {
        var html = options.DiffDirectory is not null;
        var diff = ReportDiffer.Compare(oldFolder, newFolder, new DiffOptions(options.TemplatesRoot, options.Limits, Pages: html));
        if (diff.Failed) return [$"the earlier version cannot be compared: {diff.Problems[0]}"];
        if (html)
        {
            AtomicFile.WriteAllBytes(Path.Combine(options.DiffDirectory!, Marker), []);
            AtomicFile.WriteAllBytes(Path.Combine(options.DiffDirectory!, id + ".html"), Encoding.UTF8.GetBytes(HtmlDiffWriter.Write(diff)));
        }
        if (!diff.HasChanges) return ["the same words and sections (the template set or the tool made the difference)"];
        var lines = diff.Changes.Take(FirstChanges).Select(TextDiffWriter.Line).ToList();
        if (diff.Changes.Count > FirstChanges) lines.Add($"… and {diff.Changes.Count - FirstChanges} more");
        return lines;
    }
}
