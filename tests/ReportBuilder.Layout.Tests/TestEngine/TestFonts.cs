using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Tests.TestEngine;

/// <summary>The repository's fonts/ folder, loaded once for all tests.</summary>
public static class TestFonts
{
    public static string Folder => Repository.Fonts;

    private static readonly Lazy<FontCollection> collection = new(() => FontCollection.FromFolder(Folder));

    public static FontCollection Collection => collection.Value;
}
