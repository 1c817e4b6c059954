using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.TestEngine;

namespace ReportBuilder.Layout.Tests.LayoutTests;

public class CrossReferenceTests
{
    private static (RecordingCanvas Canvas, LayoutResult Result) Report(int headings, int wordsPerSection = 80) => Render.Content(c => c.Column(col =>
    {
        col.Spacing(4);
        col.Item().TableOfContents(3);
        col.Item().PageBreak();
        for (int i = 1; i <= headings; i++)
        {
            col.Item().Heading(i % 3 == 1 ? 1 : 2, $"Heading number {i}", $"h{i}");
            col.Item().Paragraph(p => p.Span(Render.Words(wordsPerSection, i)));
        }
    }));

    private static void AssertContentsMatchesHeadings(RecordingCanvas canvas, LayoutResult result)
    {
        var items = canvas.AllStructures.Where(s => s.Role == StructureRole.TableOfContentsItem).ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            var link = canvas.Calls.OfType<RecordedLink>().First(l => l.AlternateText == item.Descendants().First(d => d.Role == StructureRole.Link).Element.AlternateText);
            string anchor = link.Target.AnchorName!;
            int page = result.Anchors[anchor].PageIndex;
            string number = item.Descendants().SelectMany(d => d.Texts).Last().Text;
            Assert.Equal((page + 1).ToString(), number);
            Assert.Equal(page, link.Target.PageIndex);
            // The heading really is on that page.
            var title = item.AllText[..^number.Length];
            Assert.Contains(canvas.TextsOn(page), t => t.Text.Trim() == title.Trim() && t.Structure?.Role is StructureRole.Heading1 or StructureRole.Heading2);
        }
    }

    [Fact]
    public void Contents_PageNumbers_AreThePagesWhereHeadingsLanded()
    {
        var (canvas, result) = Report(8);
        Assert.True(result.Passes >= 2);
        AssertContentsMatchesHeadings(canvas, result);
    }

    [Fact]
    public void Contents_PageNumbers_AreRight_WhenTheContentsTakesTwoPages()
    {
        var (canvas, result) = Report(40, 20);
        var items = canvas.AllStructures.Where(s => s.Role == StructureRole.TableOfContentsItem).ToList();
        var tocPages = items.SelectMany(i => i.Descendants().SelectMany(d => d.Texts)).Select(t => t.PageIndex).Distinct().ToList();
        Assert.Equal([0, 1], tocPages);
        AssertContentsMatchesHeadings(canvas, result);
        Assert.Equal(2, result.Anchors["h1"].PageIndex); // after two pages of contents
    }

    [Fact]
    public void Contents_HasLeadersAsArtifacts_AndRightAlignedNumbers()
    {
        var (canvas, _) = Report(6);
        var leaders = canvas.Texts.Where(t => t.Text.StartsWith(". .")).ToList();
        Assert.NotEmpty(leaders);
        Assert.All(leaders, l => Assert.Equal(ArtifactKind.Layout, l.Artifact));
        var numbers = canvas.AllStructures.Where(s => s.Role == StructureRole.TableOfContentsItem).Select(i => i.Descendants().SelectMany(d => d.Texts).Last()).ToList();
        Assert.All(numbers, n => Assert.Equal(280, n.Origin.X + n.Width, 2));
    }

    [Fact]
    public void Links_LandOnTheAnchorsPage()
    {
        var (canvas, result) = Render.Content(c => c.Column(col =>
        {
            col.Item().Paragraph(p => { p.Span("See "); p.Span("the annex").Link("annex"); p.Span(" on page "); p.PageNumberOf("annex"); });
            for (int i = 0; i < 30; i++) col.Item().Text(Render.Words(30, i));
            col.Item().Anchor("annex").Text("Annex");
            col.Item().Link("top", "back to the top").Text("Back to top");
            col.Item().LinkUri("https://example.org/", "example").Text("External");
        }));
        var link = canvas.Calls.OfType<RecordedLink>().Single(l => l.Target.AnchorName == "annex");
        Assert.Equal(result.Anchors["annex"].PageIndex, link.Target.PageIndex);
        Assert.Equal(Inspect.PagesOf(canvas, "Annex").Single(), link.Target.PageIndex);
        Assert.Contains(canvas.Texts, t => t.Text.EndsWith("on page " + (link.Target.PageIndex + 1)));
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("'top'", warning.Message);
        var external = canvas.Calls.OfType<RecordedLink>().Single(l => l.Target.Uri is not null);
        Assert.Equal("https://example.org/", external.Target.Uri);
        var anchorCall = canvas.Calls.OfType<RecordedAnchor>().Single(a => a.Name == "annex");
        Assert.Equal(link.Target.PageIndex, anchorCall.PageIndex);
        // The link annotation covers the linked words.
        var words = canvas.Texts.Single(t => t.Text.StartsWith("the annex"));
        Assert.Equal(words.Origin.X, link.Area.X, 3);
        Assert.True(link.Area.Y < words.Origin.Y && link.Area.Bottom > words.Origin.Y);
    }

    [Fact]
    public void Bookmarks_MirrorTheHeadings()
    {
        var (canvas, result) = Report(7);
        var flat = new List<(int Depth, Bookmark Mark)>();
        void Walk(IEnumerable<Bookmark> marks, int depth) { foreach (var m in marks) { flat.Add((depth, m)); Walk(m.Children, depth + 1); } }
        Walk(result.Bookmarks, 1);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"Heading number {i}").ToList(), flat.Select(f => f.Mark.Title).ToList());
        Assert.Equal(Enumerable.Range(1, 7).Select(i => i % 3 == 1 ? 1 : 2).ToList(), flat.Select(f => f.Depth).ToList());
        foreach (var (_, mark) in flat)
        {
            var heading = canvas.Texts.First(t => t.Text == mark.Title && t.Structure?.Role is StructureRole.Heading1 or StructureRole.Heading2);
            Assert.Equal(heading.PageIndex, mark.PageIndex);
            Assert.True(mark.Y <= heading.Origin.Y);
        }
        Assert.Equal(result.Bookmarks, canvas.Description!.Bookmarks);
    }

    [Fact]
    public void Layout_Fails_WhenPageNumbersCannotSettleWithinThePassLimit()
    {
        var document = Document.Create(TestFonts.Collection, d => d.Section(s =>
        {
            s.Size(new Size(300, 400)).Margin(20);
            s.Footer().Paragraph(p => p.TotalPages());
            s.Content().Column(c => { for (int i = 0; i < 30; i++) c.Item().Text(Render.Words(30, i)); });
        }));
        var e = Assert.Throws<LayoutException>(() => document.Generate(new RecordingCanvas(), new LayoutOptions { MaxPasses = 1 }));
        Assert.Contains("did not settle", e.Message);
    }
}

public class DocumentTests
{
    [Fact]
    public void EveryText_IsInsideAStructureElementOrAnArtifact()
    {
        var (canvas, _) = Render.Document(d => KitchenSink.Compose(d));
        Assert.Empty(canvas.Problems);
        Assert.All(canvas.Texts, t => Assert.True(t.Structure is not null || t.Artifact is not null, t.Text));
        Assert.All(canvas.Calls.OfType<RecordedImage>(), i => Assert.True(i.Structure is not null || i.Artifact is not null));
        Assert.Equal(StructureRole.Document, Assert.Single(canvas.Roots).Role);
        // Headers, footers and watermarks are artifacts.
        Assert.All(canvas.Texts.Where(t => t.Text is "Kitchen sink" or "DRAFT" or "First page"), t => Assert.NotNull(t.Artifact));
    }

    [Fact]
    public void TwoRenders_AreIdentical()
    {
        var (a, _) = Render.Document(d => KitchenSink.Compose(d));
        var (b, _) = Render.Document(d => KitchenSink.Compose(d));
        Assert.Equal(Inspect.Dump(a), Inspect.Dump(b));
    }

    [Fact]
    public void DrawingAndImage_AreFiguresWithAltText()
    {
        var (canvas, _) = Render.Document(d => KitchenSink.Compose(d, 1));
        var figure = Assert.Single(canvas.AllStructures, s => s.Role == StructureRole.Figure);
        Assert.Equal("Bar chart for chapter 1", figure.Element.AlternateText);
        Assert.Contains("Survey results", figure.AllText);
    }

    [Fact]
    public void ContentThatNeverFits_FailsWithAMessageNamingIt()
    {
        var e = Assert.Throws<LayoutException>(() => Render.Content(c => c.Drawing(200, 900, "A very tall chart", _ => { })));
        Assert.Contains("A very tall chart", e.Message);
        Assert.Contains("Page 1", e.Message);
    }

    [Fact]
    public void Compose_RejectsASecondChild()
    {
        var e = Assert.Throws<DocumentComposeException>(() => Render.Content(c => { c.Text("one"); c.Text("two"); }));
        Assert.Contains("Column", e.Message);
    }

    [Fact]
    public void Compose_RejectsBadArguments()
    {
        Assert.Throws<DocumentComposeException>(() => Render.Content(c => c.Padding(-1).Text("x")));
        Assert.Throws<DocumentComposeException>(() => Render.Content(c => c.Heading(5, "x")));
        Assert.Throws<DocumentComposeException>(() => Render.Content(c => c.Drawing(10, 10, " ", _ => { })));
        Assert.Throws<DocumentComposeException>(() => Render.Content(c => c.Column(col => { col.Item().Anchor("a").Text("1"); col.Item().Anchor("a").Text("2"); })));
        Assert.Throws<DocumentComposeException>(() => Render.Content(c => c.Paragraph(p => p.Span("x").FontSize(0))));
        Assert.Throws<DocumentComposeException>(() => Render.Content(c => c.Text("x"), section: s => s.Margin(200)));
    }

    [Fact]
    public void Image_ReadsPixelSizeFromPngAndJpegHeaders()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 1, 44, 0, 0, 0, 150, 8, 2, 0, 0, 0];
        var image = ReportBuilder.Layout.Elements.ImageReader.Read(png, "logo.png");
        Assert.Equal((300, 150), (image.PixelWidth, image.PixelHeight));
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0, 120, 0, 200, 3, 0, 0, 0, 0, 0];
        var j = ReportBuilder.Layout.Elements.ImageReader.Read(jpeg, "photo.jpg");
        Assert.Equal((200, 120), (j.PixelWidth, j.PixelHeight));
        var e = Assert.Throws<InvalidDataException>(() => ReportBuilder.Layout.Elements.ImageReader.Read([1, 2, 3, 4], "notes.txt"));
        Assert.Contains("notes.txt", e.Message);

        var (canvas, _) = Render.Content(c => c.Image(png, "Logo", 100));
        var drawn = Assert.Single(canvas.Calls.OfType<RecordedImage>());
        Assert.Equal(new Rect(20, 20, 100, 50), drawn.Rect);
        Assert.Equal(StructureRole.Figure, drawn.Structure!.Role);
    }
}

public class ContentsOptionsTests
{
    [Fact]
    public void NotInContents_LeavesTheHeadingOutOfTheContents_ButKeepsItsBookmark()
    {
        var (canvas, result) = Render.Content(c => c.Column(col =>
        {
            col.Item().Heading(1, "Contents").NotInContents();
            col.Item().TableOfContents();
            col.Item().Heading(1, "Chapter");
        }));
        var items = canvas.AllStructures.Where(s => s.Role == StructureRole.TableOfContentsItem).Select(i => i.AllText).ToList();
        Assert.Equal(["Chapter1"], items);
        Assert.Equal(["Contents", "Chapter"], result.Bookmarks.Select(b => b.Title));
    }

    [Fact]
    public void NotBookmarked_LeavesTheHeadingOutOfTheBookmarks_ButKeepsItInTheContents()
    {
        var (canvas, result) = Render.Content(c => c.Column(col =>
        {
            col.Item().TableOfContents();
            col.Item().Heading(1, "Chapter");
            col.Item().Heading(2, "Strengths:").NotBookmarked();
        }));
        var items = canvas.AllStructures.Where(s => s.Role == StructureRole.TableOfContentsItem).Select(i => i.AllText).ToList();
        Assert.Equal(2, items.Count);
        var chapter = Assert.Single(result.Bookmarks);
        Assert.Equal("Chapter", chapter.Title);
        Assert.Empty(chapter.Children);
    }
}
