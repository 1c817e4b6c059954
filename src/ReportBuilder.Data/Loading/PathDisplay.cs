namespace ReportBuilder.Data.Loading;

/// <summary>Paths as printed in diagnostics: forward slashes, relative to where the user stands when possible.</summary>
internal static class PathDisplay
{
    public static string Join(string folder, string relative) =>
        Normalise(folder.Length == 0 || folder == "." ? relative : Path.Combine(folder, relative));

    public static string Normalise(string path) => path.Replace('\\', '/');

    /// <summary>The path relative to <paramref name="currentDirectory"/> when it lies under it, else the full path.</summary>
    public static string Relative(string fullPath, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, fullPath);
        return Normalise(relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative);
    }
}
