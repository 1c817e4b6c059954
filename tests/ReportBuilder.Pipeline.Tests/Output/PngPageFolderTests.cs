using ReportBuilder.Pipeline.Output;

namespace ReportBuilder.Pipeline.Tests.Output;

public sealed class PngPageFolderTests : IDisposable
{
    private readonly TempFolder _temp = new("rb-png");

    public void Dispose() => _temp.Dispose();

    private static byte[][] Pages(int count) => [.. Enumerable.Range(1, count).Select(i => new[] { (byte)i })];

    private string[] Names(string folder) => [.. Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Fact]
    public void Write_NamesPagesFromOne_AndMarksTheFolderAsOurs()
    {
        var folder = _temp.Combine("pages");

        PngPageFolder.Write(folder, Pages(3));

        Assert.Equal([PngPageFolder.Marker, "page-001.png", "page-002.png", "page-003.png"], Names(folder));
        Assert.Equal([2], File.ReadAllBytes(Path.Combine(folder, "page-002.png")));
    }

    [Fact]
    public void Write_InItsOwnFolder_RemovesTheLastPagesOfALongerRun_AndPagesNamedTheOldWay_AndNothingElse()
    {
        var folder = _temp.Combine("pages");
        PngPageFolder.Write(folder, Pages(5));
        File.WriteAllText(Path.Combine(folder, "page-01.png"), "named as builds once named pages");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(folder, "page-cover.png"), "mine too: not a page number");

        PngPageFolder.Write(folder, Pages(2));

        Assert.Equal([PngPageFolder.Marker, "notes.txt", "page-001.png", "page-002.png", "page-cover.png"], Names(folder));
    }

    [Fact]
    public void Write_InAFolderItDidNotMake_DeletesNothing()
    {
        var folder = _temp.Combine("pictures");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "page-009.png"), "a user's own picture");

        PngPageFolder.Write(folder, Pages(1));

        Assert.Equal(["page-001.png", "page-009.png"], Names(folder));
        Assert.Equal("a user's own picture", File.ReadAllText(Path.Combine(folder, "page-009.png")));
    }
}
