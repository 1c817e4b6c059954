using ReportBuilder.Data.Output;

namespace ReportBuilder.Data.Tests;

public class AtomicDirectoryWriterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("html-atomic-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (string, byte[]) File(string path, string text) => (path, System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Write_CreatesTheFolderWithEveryFile()
    {
        var target = Path.Combine(_root, "edition");
        AtomicDirectoryWriter.Write(target, [File("index.html", "a"), File("fonts/x.ttf", "b")]);
        Assert.Equal("a", System.IO.File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Equal("b", System.IO.File.ReadAllText(Path.Combine(target, "fonts", "x.ttf")));
        Assert.Single(Directory.GetFileSystemEntries(_root)); // no temporary folder left beside it
    }

    [Fact]
    public void Write_ReplacesAnOldEditionWhole()
    {
        var target = Path.Combine(_root, "edition");
        AtomicDirectoryWriter.Write(target, [File("index.html", "old"), File("stale.css", "x")]);
        AtomicDirectoryWriter.Write(target, [File("index.html", "new")]);
        Assert.Equal("new", System.IO.File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.False(System.IO.File.Exists(Path.Combine(target, "stale.css")));
        Assert.Single(Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void Write_FailingLeavesTheOldEditionAndNoLeftovers()
    {
        var target = Path.Combine(_root, "edition");
        AtomicDirectoryWriter.Write(target, [File("index.html", "old")]);
        Assert.Throws<ArgumentException>(() => AtomicDirectoryWriter.Write(target, [File("index.html", "new"), File("../escape.txt", "x")]));
        Assert.Equal("old", System.IO.File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Single(Directory.GetFileSystemEntries(_root));
    }
}
