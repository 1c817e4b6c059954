using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Data.Loading;

/// <summary>
/// How much one report build may take: how large its folder may be before it is refused unread, how far its templates may
/// loop and recurse, how many pages it may have and how long it may run. A real report folder is about 30 files of a few
/// kilobytes and builds in well under a second; the defaults leave a hundredfold margin and stop a pasted log file, a
/// copied archive or a runaway template from turning into a thousands-page build or a hang. The loader checks the file
/// limits; the build applies the rest. The CLI sets each with <c>--limit name=value</c>; see docs/reliability.md.
/// </summary>
public sealed record ReportLimits
{
    public static ReportLimits Default { get; } = new();

    /// <summary>Largest file, in bytes (default 1 MiB; Lincolnshire's largest is 13 kB).</summary>
    public long MaxFileBytes { get; init; } = 1 << 20;

    /// <summary>
    /// Largest image file (<c>images/</c> of the report folder or the template set), in bytes (default 5 MiB: a photograph
    /// across the text width at 300 dpi is about 1 MB as a JPEG). Images are exempt from <see cref="MaxFileBytes"/>.
    /// </summary>
    public long MaxImageBytes { get; init; } = 5 << 20;

    /// <summary>
    /// Most pixels (width × height) of one image (default 25,000,000: an A4 page at 400 dpi is 15.5 million), so that
    /// a small file that decodes to gigabytes of pixels is refused before any edition decodes it.
    /// </summary>
    public long MaxImagePixels { get; init; } = 25_000_000;

    /// <summary>Most files in the folder and its subfolders (default 1,000; Lincolnshire has 25).</summary>
    public int MaxFiles { get; init; } = 1_000;

    /// <summary>Most pages in one built report (default 1,000; Lincolnshire has 27). Checked by the build during layout.</summary>
    public int MaxPages { get; init; } = 1_000;

    /// <summary>Most iterations of one template loop (default 10,000; Scriban's own default is 1,000).</summary>
    public int TemplateLoopLimit { get; init; } = 10_000;

    /// <summary>Deepest nesting of template function calls and includes (default 64).</summary>
    public int TemplateRecursionLimit { get; init; } = 64;

    /// <summary>
    /// Longest one report's build may run, from loading to the last PDF byte (default 60 s; Lincolnshire takes under a
    /// second). Past it the build stops between pages or passes and writes nothing.
    /// </summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);
}

/// <summary>
/// Checks a report folder against <see cref="ReportLimits"/> and refuses symbolic links that lead outside it, before any
/// file is read: a link out would let a report folder publish a file it does not contain.
/// </summary>
internal static class ReportLimitsCheck
{
    /// <summary>True when the folder is within the limits; otherwise the errors are in <paramref name="diagnostics"/>.</summary>
    public static bool Check(string full, string display, ReportLimits limits, DiagnosticBag diagnostics)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(full)) + Path.DirectorySeparatorChar;
        var ok = true;
        var files = 0;
        var pending = new Stack<string>([full]);
        while (pending.Count > 0)
        {
            foreach (var entry in new DirectoryInfo(pending.Pop()).EnumerateFileSystemInfos())
            {
                var relative = Path.GetRelativePath(full, entry.FullName).Replace('\\', '/');
                var shown = PathDisplay.Join(display, relative);
                // The images folder is read only through the image reader, file by file as the Markdown names them: a
                // link out, or a file over the image limit, is reported there at the image's file, line and column.
                var image = relative == ImageLoader.Folder || relative.StartsWith(ImageLoader.Folder + "/", StringComparison.Ordinal);
                if (entry.LinkTarget is not null && !image)
                {
                    string target;
                    try
                    {
                        target = entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? entry.LinkTarget;
                    }
                    catch (IOException)
                    {
                        // A link to itself, or a loop of links: it leads nowhere.
                        diagnostics.Error(SourceSpan.StartOf(shown), DiagnosticCodes.LinkOutsideFolder, $"is a symbolic link that leads nowhere (to {entry.LinkTarget}, a loop of links); delete it");
                        ok = false;
                        continue;
                    }
                    if (!Path.GetFullPath(target, Path.GetDirectoryName(entry.FullName)!).StartsWith(root, StringComparison.Ordinal))
                    {
                        diagnostics.Error(SourceSpan.StartOf(shown), DiagnosticCodes.LinkOutsideFolder,
                            $"is a symbolic link leading outside the report folder (to {entry.LinkTarget}); copy the file into the folder instead");
                        ok = false;
                        continue;
                    }
                }
                if (entry is DirectoryInfo directory)
                {
                    if (entry.LinkTarget is null) pending.Push(directory.FullName);
                    continue;
                }
                if (++files > limits.MaxFiles)
                {
                    diagnostics.Error(SourceSpan.StartOf(display), DiagnosticCodes.TooManyFiles,
                        $"the report folder holds more than {limits.MaxFiles:N0} files (limit files); is it a report folder?");
                    return false;
                }
                if (entry is FileInfo file && !image && file.Length > limits.MaxFileBytes)
                {
                    diagnostics.Error(SourceSpan.StartOf(shown), DiagnosticCodes.FileTooLarge,
                        $"the file is {file.Length:N0} bytes; the limit is {limits.MaxFileBytes:N0} (limit file-size): a report file is a few kilobytes");
                    ok = false;
                }
            }
        }
        return ok;
    }
}
