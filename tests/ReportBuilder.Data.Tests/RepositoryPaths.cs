namespace ReportBuilder.Data.Tests;

/// <summary>The repository's own folders (data/, templates/), found by walking up to ReportBuilder.sln.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data(string report) => Path.Combine(Root, "data", report);

    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportBuilder.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportBuilder.sln not found above " + AppContext.BaseDirectory);
    }
}
