namespace ReportBuilder.Cli.Tests.Support;

/// <summary>The repository the tests run from (the folder holding ReportBuilder.sln), to reach data/, templates/ and fonts/.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ReportBuilder.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportBuilder.sln not found above " + AppContext.BaseDirectory);
    }
}
