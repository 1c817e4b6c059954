using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Tests.TestEngine;

/// <summary>The repository's fonts/ folder, loaded once for all tests.</summary>
public static class TestFonts
{
    public static string Folder { get; } = FindFolder();

    private static readonly Lazy<FontCollection> collection = new(() => FontCollection.FromFolder(Folder));



    public static FontCollection Collection => collection.Value;

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fonts");
            if (File.Exists(Path.Combine(candidate, "LiberationSans-Regular.ttf"))) return candidate;
        }
        throw new DirectoryNotFoundException("fonts/ with LiberationSans-Regular.ttf not found above " + AppContext.BaseDirectory);
    }
}
