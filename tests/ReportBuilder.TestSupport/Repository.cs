namespace ReportBuilder.TestSupport;

/// <summary>
/// The repository the tests run from (the folder holding <c>ReportBuilder.sln</c>), found by walking up from the test
/// binary, to reach <c>data/</c>, <c>templates/</c>, <c>fonts/</c>, <c>src/</c> and <c>docs/</c>.
/// </summary>
public static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>A path inside the repository: <c>Repository.Path("docs", "data-format.md")</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>A shipped report folder: <c>Repository.Data("lincolnshire-2023")</c>.</summary>
    public static string Data(string report) => Path("data", report);

    public static string Templates => Path("templates");

    public static string Fonts => Path("fonts");

    private static string Find()
    {
        // The current directory too: a test host may run from a copy of the binaries outside the repository.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "ReportBuilder.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportBuilder.sln not found above " + AppContext.BaseDirectory);
    }
}
