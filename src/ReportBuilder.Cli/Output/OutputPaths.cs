namespace ReportBuilder.Cli.Output;

/// <summary>
/// Where a command may write: never inside the report folder it reads (issue #14: <c>-o R/report.yaml</c> replaced
/// the source), never over a folder, a device or a link. One rule for <c>build</c>, <c>draft</c> and <c>watch</c>.
/// </summary>
public static class OutputPaths
{
    /// <summary>Why the file <paramref name="path"/> must not be written for the report in <paramref name="reportFolder"/>, or null.</summary>
    public static string? FileRefusal(string reportFolder, string path)
    {
        var full = Path.GetFullPath(path);
        if (IsInside(reportFolder, full)) return "the output lies inside the report folder, whose files it would replace";
        if (path.EndsWith('/') || Directory.Exists(full)) return "the output names a folder; name a file";
        // .NET exposes no file type on Unix: device trees are refused by place, links by their target.
        if (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal)
            || full.StartsWith("/sys/", StringComparison.Ordinal) || new FileInfo(full).LinkTarget is not null)
            return "the output is a special file or a link and is never replaced";
        return null;
    }

    /// <summary>Why the folder <paramref name="path"/> (PNG pages) must not be written for the report, or null.</summary>
    public static string? FolderRefusal(string reportFolder, string path) =>
        IsInside(reportFolder, Path.GetFullPath(path)) || Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) == Path.TrimEndingDirectorySeparator(Path.GetFullPath(reportFolder))
            ? "the output folder lies inside the report folder, whose files it would mix with"
            : null;

    private static bool IsInside(string reportFolder, string fullPath) =>
        fullPath.StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(reportFolder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
