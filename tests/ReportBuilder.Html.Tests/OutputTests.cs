using Markdig;
using ReportBuilder.Html.Output;

namespace ReportBuilder.Html.Tests;

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

public class HeadingOutlineTests
{
    [Theory]
    [InlineData("1.1. Governance and leadership", "1-1-governance-and-leadership")]
    [InlineData("Domain one: Organisational delivery", "domain-one-organisational-delivery")]
    [InlineData("Published by:", "published-by")]
    [InlineData("–", "section")]
    public void Slug_KeepsLettersAndDigits(string text, string slug) => Assert.Equal(slug, Document.HeadingOutline.Slug(text));

    [Fact]
    public void Prepare_GivesUniqueIdsAvoidingReservedOnesAndClosesGaps()
    {
        var document = Markdig.Markdown.Parse("# Main\n\n#### Strengths\n\n## Strengths\n\n#### Notes\n", TestPipelines.Plain);
        var entries = Document.HeadingOutline.Prepare(document, new HashSet<string> { "notes" }, levelAbove: 0);
        Assert.Equal(["main", "strengths", "strengths-2", "notes-2"], entries.Select(e => e.Id));
        Assert.Equal([1, 2, 2, 3], entries.Select(e => e.Level));
    }
}
