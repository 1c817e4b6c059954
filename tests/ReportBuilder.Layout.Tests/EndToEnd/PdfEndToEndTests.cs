using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.TestEngine;
using ReportBuilder.Pdf;
using ReportBuilder.Raster;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;

namespace ReportBuilder.Layout.Tests.EndToEnd;

/// <summary>The engine through the real backends: PDF read back with PdfPig, PNG compared with the PDF.</summary>
public class PdfEndToEndTests
{
    private static readonly Lazy<(byte[] Pdf, RecordingCanvas Canvas, LayoutResult Result)> Sink = new(() => Render(d => KitchenSink.Compose(d, 3)));

    private static (byte[] Pdf, RecordingCanvas Canvas, LayoutResult Result) Render(Action<DocumentDescriptor> compose)
    {
        var document = Document.Create(TestFonts.Collection, compose);
        var canvas = new RecordingCanvas();
        var result = document.Generate(canvas);
        using var stream = new MemoryStream();
        document.Generate(new PdfCanvas(stream));
        return (stream.ToArray(), canvas, result);
    }

    [Fact]
    public void Pdf_HasThePagesAndTextOfTheLayout_AtTheSamePositions()
    {
        var (pdf, canvas, result) = Sink.Value;
        using var doc = PdfDocument.Open(pdf);
        Assert.Equal(result.PageCount, doc.NumberOfPages);
        foreach (var heading in canvas.Texts.Where(t => t.Text.StartsWith("Chapter ") && t.Structure?.Role == StructureRole.Heading1))
        {
            var page = doc.GetPage(heading.PageIndex + 1);
            var word = page.GetWords().First(w => w.Text == "Chapter");
            Assert.Equal(heading.Origin.X, word.Letters[0].StartBaseLine.X, 1);
            Assert.Equal(page.Height - heading.Origin.Y, word.Letters[0].StartBaseLine.Y, 1);
        }
    }

    [Fact]
    public void Pdf_TextReadsInOrder_WithFootnotesAndFallbackSymbols()
    {
        var (pdf, canvas, _) = Sink.Value;
        using var doc = PdfDocument.Open(pdf);
        var noteLine = canvas.Texts.First(t => t.Text.Contains("A note for chapter 1"));
        string pageText = string.Join(" ", doc.GetPage(noteLine.PageIndex + 1).GetWords().Select(w => w.Text));
        Assert.Contains("note for chapter 1", pageText);
        Assert.Contains("★", pageText);
        Assert.Contains("incomprehensible", string.Join(" ", doc.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).Replace("-", ""));
    }

    [Fact]
    public void Pdf_BookmarksMirrorTheHeadings()
    {
        var (pdf, _, result) = Sink.Value;
        using var doc = PdfDocument.Open(pdf);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(result.Bookmarks.Select(b => b.Title), roots.Select(r => r.Title));
        Assert.Equal(result.Bookmarks.Select(b => b.PageIndex + 1), roots.Select(r => r.PageNumber));
        Assert.Equal(result.Bookmarks[1].Children.Select(b => b.Title), roots[1].Children.Select(c => c.Title));
    }

    [Fact]
    public void Pdf_LinksLandOnTheRightPage()
    {
        var (pdf, _, result) = Sink.Value;
        using var doc = PdfDocument.Open(pdf);
        var links = doc.GetPages().SelectMany(p => p.GetAnnotations()).Where(a => a.Type == AnnotationType.Link).Select(a => a.Action).OfType<GoToAction>().ToList();
        Assert.NotEmpty(links);
        var chapterOne = result.Anchors["chapter-1"].PageIndex + 1;
        Assert.Contains(links, l => l.Destination.PageNumber == chapterOne);
        var tocTargets = links.Select(l => l.Destination.PageNumber).ToHashSet();
        foreach (var anchor in new[] { "chapter-1", "chapter-2", "chapter-3" })
            Assert.Contains(result.Anchors[anchor].PageIndex + 1, tocTargets);
    }

    [Fact]
    public void Pdf_IsTagged_AndTwoRendersAreByteIdentical()
    {
        var (a, _, _) = Render(d => KitchenSink.Compose(d, 2));
        var (b, _, _) = Render(d => KitchenSink.Compose(d, 2));
        Assert.Equal(a, b);
        using var doc = PdfDocument.Open(a);
        Assert.Contains("/StructTreeRoot", System.Text.Encoding.Latin1.GetString(a));
    }

    [Fact]
    public void Png_TextSitsWhereThePdfPutsIt()
    {
        var (pdf, canvas, _) = Render(d => d.Section(s =>
        {
            s.Size(new Size(300, 300)).Margin(30);
            s.Content().Column(c =>
            {
                c.Spacing(40);
                c.Item().Paragraph(p => p.Span("INSPECTION").FontSize(20));
                c.Item().Paragraph(p => p.AlignRight().Span("RATED").Bold().FontSize(16));
            });
        }));
        using var raster = new RasterCanvas(new RasterOptions { Dpi = 144 });
        Document.Create(TestFonts.Collection, d => d.Section(s =>
        {
            s.Size(new Size(300, 300)).Margin(30);
            s.Content().Column(c =>
            {
                c.Spacing(40);
                c.Item().Paragraph(p => p.Span("INSPECTION").FontSize(20));
                c.Item().Paragraph(p => p.AlignRight().Span("RATED").Bold().FontSize(16));
            });
        })).Generate(raster);
        using var bitmap = SKBitmap.Decode(raster.Pages[0]);
        using var doc = PdfDocument.Open(pdf);
        var page = doc.GetPage(1);
        double scale = 2; // 144 dpi
        foreach (var word in page.GetWords())
        {
            var box = word.BoundingBox; // PDF space, y up
            var ink = InkBounds(bitmap, (int)((box.Left - 6) * scale), (int)((page.Height - box.Top - 6) * scale), (int)((box.Right + 6) * scale), (int)((page.Height - box.Bottom + 6) * scale));
            Assert.NotNull(ink);
            Assert.NotNull(ink);
            // Ink starts and ends where the glyph outlines do (side bearings excluded).
            Assert.Equal(word.Letters[0].BoundingBox.Left, ink!.Value.X0 / scale, 1.0);
            Assert.Equal(word.Letters[^1].BoundingBox.Right, ink.Value.X1 / scale, 1.0);
            // Capitals sit on the baseline: ink ends where the PDF's baseline and the layout's are.
            Assert.Equal(page.Height - word.Letters[0].StartBaseLine.Y, ink.Value.Y1 / scale, 1.0);
            var recorded = canvas.Texts.Single(t => t.Text == word.Text);
            Assert.Equal(recorded.Origin.Y, ink.Value.Y1 / scale, 1.0);
            Assert.Equal(recorded.Origin.X, word.Letters[0].StartBaseLine.X, 0.1);
        }
    }

    private static (int X0, int Y0, int X1, int Y1)? InkBounds(SKBitmap b, int left, int top, int right, int bottom)
    {
        int x0 = int.MaxValue, y0 = int.MaxValue, x1 = -1, y1 = -1;
        for (int y = Math.Max(0, top); y < Math.Min(b.Height, bottom); y++)
            for (int x = Math.Max(0, left); x < Math.Min(b.Width, right); x++)
            {
                var p = b.GetPixel(x, y);
                if (p.Red + p.Green + p.Blue > 3 * 128) continue;
                x0 = Math.Min(x0, x); y0 = Math.Min(y0, y); x1 = Math.Max(x1, x + 1); y1 = Math.Max(y1, y + 1);
            }
        return x1 < 0 ? null : (x0, y0, x1, y1);
    }
}
