namespace ReportBuilder.Templating.Tests.Support;

/// <summary>Finds the repository's folders from the test's output folder (tests run from bin/…).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");
    public static string Data(string report) => Path.Combine(Root, "data", report);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportBuilder.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportBuilder.sln not found above " + AppContext.BaseDirectory);
    }
}
