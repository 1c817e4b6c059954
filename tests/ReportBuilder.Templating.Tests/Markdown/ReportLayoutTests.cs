using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Text;
using ReportBuilder.Templating.Markdown.Renderers.Layout;
using ReportBuilder.Templating.Tests.Support;
using ReportBuilder.Templating.Theming;

namespace ReportBuilder.Templating.Tests.Markdown;

/// <summary>The Lincolnshire report laid out on a recording canvas: its structure, as a screen reader would meet it.</summary>
public class ReportLayoutTests
{
    private static readonly Lazy<RecordingCanvas> Canvas = new(() =>
    {
        var rendered = Reports.RenderMarkdown(Reports.Lincolnshire, out _);
        var diagnostics = new DiagnosticBag();
        var document = LayoutDocumentComposer.Compose(rendered, FontCollection.FromFolder(Path.Combine(Repository.Root, "fonts")), diagnostics);
        var canvas = new RecordingCanvas();
        document.Generate(canvas);
        return canvas;
    });

    private static List<(int Level, string Text)> Headings() => Canvas.Value.AllStructures
        .Where(s => s.Role is >= StructureRole.Heading1 and <= StructureRole.Heading6)
        .Select(s => (s.Role - StructureRole.Heading1 + 1, s.AllText.Trim())).ToList();

    [Fact]
    public void Canvas_ContractIsKept() => Assert.Empty(Canvas.Value.Problems);

    [Fact]
    public void Headings_NestWithoutSkippingALevel()
    {
        var previous = 0;
        foreach (var (level, text) in Headings())
        {
            Assert.True(level <= previous + 1, $"'{text}' is H{level} after H{previous}");
            previous = level;
        }
    }

    [Fact]
    public void NarrativeHeadings_SitUnderTheirStandard_WithTheTemplatesSuffix()
    {
        var headings = Headings();
        var standard = headings.FindIndex(h => h.Text == "1.2. Staff");
        Assert.Equal(2, headings[standard].Level);
        Assert.Equal((3, "Strengths:"), headings[standard + 1]);
        Assert.Equal((3, "Areas for improvement:"), headings[standard + 2]);
        Assert.Equal((1, "Domain two: Court disposals"), headings.First(h => h.Text.StartsWith("Domain two")));
    }

    [Fact]
    public void Contents_ListsChaptersAndStandards_WithLinks()
    {
        var toc = Assert.Single(Canvas.Value.AllStructures, s => s.Role == StructureRole.TableOfContents);
        var items = toc.Children.Where(c => c.Role == StructureRole.TableOfContentsItem).ToList();
        Assert.Equal(22, items.Count);   // foreword, ratings, recommendations, background, 4 domains, 13 standards, further information
        Assert.All(items, i => Assert.Contains(i.Descendants(), d => d.Role == StructureRole.Link));
        Assert.StartsWith("Foreword", items[0].AllText);
        Assert.DoesNotContain(items, i => i.AllText.StartsWith("Strengths"));
    }

    [Fact]
    public void Contents_Entries_AreToci_Reference_Link_WithTheTitleAsTheLinksText()
    {
        // ISO 32000-1 Table 333 (Matterhorn 09-006): a TOCI holds Lbl, Reference, NonStruct, P or TOC, not a Link;
        // and a Link is inline, so the title is its own text, not a P inside it.
        var toc = Assert.Single(Canvas.Value.AllStructures, s => s.Role == StructureRole.TableOfContents);
        foreach (var item in toc.Children.Where(c => c.Role == StructureRole.TableOfContentsItem))
        {
            Assert.Equal([StructureRole.Reference, StructureRole.Paragraph], item.Children.Select(c => c.Role));
            var link = Assert.Single(item.Children[0].Children);
            Assert.Equal(StructureRole.Link, link.Role);
            Assert.Empty(link.Children);
            Assert.False(string.IsNullOrWhiteSpace(link.AllText));
            Assert.Matches(@"^\d+$", item.Children[1].AllText.Trim());
        }
    }

    [Theory]
    [InlineData("outstanding", "polygon")] // a star
    [InlineData("good", "ellipse")]        // a circle
    public void RatingSymbols_AreVectorShapesInTheRatingsColour_DrawnAsArtifactsBesideTheirWord(string rating, string kind)
    {
        // The word says the rating; the symbol only repeats it so that meaning does not rest on colour. It is drawn as a
        // shape (no symbol font, no character a reader would hear as "black star"), outside the tree.
        var theme = new Theme();
        var style = theme.Rating(Templating.Scriban.Model.ReportModel.FromKey(rating)!.Value);
        var words = Canvas.Value.Texts.Where(t => t.Text.TrimEnd() == style.Label && t.Color == style.Colour).ToList();
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.Null(w.Artifact));
        var shapes = Canvas.Value.Calls.OfType<RecordedShape>().Where(s => s.Kind == kind && s.Paint.Fill == style.Colour).ToList();
        Assert.NotEmpty(shapes);
        Assert.All(shapes, s => Assert.Equal(ArtifactKind.Layout, s.Artifact));
        // Each word has its shape just after it on its line, the shape as tall as the word's capitals.
        foreach (var word in words)
            Assert.Contains(shapes, s => s.PageIndex == word.PageIndex && s.Bounds.X > word.Origin.X && s.Bounds.X - word.Origin.X < 120
                && Math.Abs(s.Bounds.Y + s.Bounds.Height - word.Origin.Y) < word.FontSize * 0.2 && s.Bounds.Height < word.FontSize);
    }

    [Fact]
    public void RatingSymbols_LeaveNoGlyphInTheText()
    {
        foreach (var symbol in new[] { "\u2605", "\u25CF", "\u25B2", "\u25A0" })
            Assert.DoesNotContain(Canvas.Value.Texts, t => t.Text.Contains(symbol));
    }

    [Fact]
    public void RunningHeader_AndPageNumbers_AreArtifacts_NotText()
    {
        var header = Canvas.Value.Texts.Where(t => t.Text.Contains("Inspection of youth offending services in:")).ToList();
        Assert.NotEmpty(header);
        Assert.All(header, t => Assert.Equal(ArtifactKind.Header, t.Artifact));
        Assert.DoesNotContain(header, t => t.PageIndex == 0);
    }
}
