using ReportBuilder.Layout.Drawing;
using ReportBuilder.Pdf.Tests;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ReportBuilder.Raster.Tests;

public class RasterCanvasTests
{
    static IReadOnlyList<byte[]> Render(Action<SampleCanvas> draw, RasterOptions? options = null)
    {
        using var canvas = new RasterCanvas(options);
        draw(new SampleCanvas(canvas));
        return canvas.Pages;
    }

    static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidDataException("Not a PNG.");

    [Theory]
    [InlineData(96, 794, 1123)]
    [InlineData(60, 497, 702)]
    [InlineData(150, 1241, 1754)]
    public void Pages_are_A4_at_the_chosen_resolution(double dpi, int width, int height)
    {
        var pages = Render(Sample.TwoPages, new RasterOptions { Dpi = dpi });
        Assert.Equal(2, pages.Count);
        using var bitmap = Decode(pages[0]);
        Assert.Equal(width, bitmap.Width);
        Assert.Equal(height, bitmap.Height);
    }

    [Fact]
    public void Pages_can_be_written_for_a_look_when_asked()
    {
        // Set RB_TEST_OUT to a folder to get the sample's pages as PNG and PDF for a visual check.
        var folder = Environment.GetEnvironmentVariable("RB_TEST_OUT");
        var pages = Render(Sample.TwoPages);
        Assert.All(pages, p => Assert.Equal("PNG", System.Text.Encoding.ASCII.GetString(p, 1, 3)));
        if (folder is null) return;
        Directory.CreateDirectory(folder);
        for (var i = 0; i < pages.Count; i++) File.WriteAllBytes(Path.Combine(folder, $"sample-{i + 1}.png"), pages[i]);
        File.WriteAllBytes(Path.Combine(folder, "sample.pdf"), Sample.Render(Sample.TwoPages));
    }

    [Fact]
    public void Two_renders_give_identical_png_bytes()
    {
        var a = Render(Sample.TwoPages);
        var b = Render(Sample.TwoPages);
        Assert.Equal(a.Count, b.Count);
        for (var i = 0; i < a.Count; i++) Assert.Equal(a[i], b[i]);
    }

    [Fact]
    public void Callback_receives_each_page_in_order_and_nothing_is_kept()
    {
        var seen = new List<int>();
        using var canvas = new RasterCanvas(onPage: (i, png) => { seen.Add(i); Assert.True(png.Length > 100); });
        Sample.TwoPages(new SampleCanvas(canvas));
        Assert.Equal([0, 1], seen);
        Assert.Empty(canvas.Pages);
    }

    [Fact]
    public void Shapes_are_filled_with_their_colour()
    {
        using var page = Decode(Render(Sample.TwoPages)[0]);
        // The figure's bar: #457B9D over x 72..272 pt, y 420..450 pt; its centre at 96 dpi.
        var centre = page.GetPixel((int)(172 * 96 / 72.0), (int)(435 * 96 / 72.0));
        Assert.Equal(new SKColor(0x45, 0x7B, 0x9D), centre);
        // The red circle at 300..330 pt.
        var circle = page.GetPixel((int)(315 * 96 / 72.0), (int)(435 * 96 / 72.0));
        Assert.Equal(new SKColor(0xE6, 0x39, 0x46), circle);
        // Paper elsewhere.
        Assert.Equal(SKColors.White, page.GetPixel(5, 5));
    }

    /// <summary>A page of isolated words, so each word's ink can be found on its own.</summary>
    static void IsolatedWords(SampleCanvas c)
    {
        c.BeginDocument(Sample.Description with { Bookmarks = [] });
        c.BeginPage(Size.A4);
        c.BeginStructure(new StructureElement(StructureRole.Paragraph));
        c.DrawText("Governance", TestFonts.Bold, 24, Color.Black, new Point(72, 100));
        c.DrawText("“quoted” – text", TestFonts.Regular, 11, Color.Black, new Point(300, 200));
        c.DrawText("Wide spaced line of ordinary body text at eleven points", TestFonts.Regular, 11, Color.Black, new Point(72, 300));
        c.DrawText("Italic words", TestFonts.Italic, 14, Color.Black, new Point(350, 500));
        c.DrawText("★", TestFonts.DejaVu, 20, Color.Black, new Point(100, 600));
        c.EndStructure();
        c.EndPage();
        c.EndDocument();
    }

    [Theory]
    [InlineData("Governance")]
    [InlineData("“quoted” – text")]
    [InlineData("Wide spaced line of ordinary body text at eleven points")]
    [InlineData("Italic words")]
    [InlineData("★")]
    public void Ink_of_each_text_lies_where_the_pdf_puts_its_glyphs(string text)
    {
        const double scale = 96 / 72.0;
        using var pdf = PdfDocument.Open(Sample.Render(IsolatedWords));
        var page = pdf.GetPage(1);
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        // The run of letters that spells the text (without spaces), in drawing order.
        var compact = text.Replace(" ", "");
        var joined = string.Concat(letters.Select(l => l.Value));
        var start = joined.IndexOf(compact, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{compact}' not in the PDF's letters '{joined}'");
        var run = letters.Skip(start).Take(compact.Length).ToList();
        // PDF glyph boxes, y up, converted to pixels, y down.
        var left = run.Min(l => l.BoundingBox.Left) * scale;
        var right = run.Max(l => l.BoundingBox.Right) * scale;
        var top = (page.Height - run.Max(l => l.BoundingBox.Top)) * scale;
        var bottom = (page.Height - run.Min(l => l.BoundingBox.Bottom)) * scale;

        using var bitmap = Decode(Render(IsolatedWords)[0]);
        var ink = InkBounds(bitmap, (int)left - 12, (int)top - 12, (int)right + 12, (int)bottom + 12);
        Assert.True(ink is not null, "no ink near the text");
        var (x0, y0, x1, y1) = ink.Value;
        Assert.InRange(x0, left - 2, left + 2);
        Assert.InRange(x1 + 1, right - 2, right + 2);
        Assert.InRange(y0, top - 2, top + 2);
        Assert.InRange(y1 + 1, bottom - 2, bottom + 2);
    }

    [Theory]
    [InlineData(54.7)]
    [InlineData(-30)]
    public void Rotated_text_lies_along_its_angle_through_the_centre(double degrees)
    {
        // A large DRAFT turned about the middle of the page, as the layout's watermark draws it.
        const double scale = 60 / 72.0, size = 100;
        var centre = new Point(297.6, 420.9);
        double width = TestFonts.Bold.MeasureWidth("DRAFT", size);
        var pages = Render(c =>
        {
            c.BeginDocument(Sample.Description with { Bookmarks = [] });
            c.BeginPage(Size.A4);
            c.BeginArtifact(ArtifactKind.Watermark);
            c.BeginRotation(centre, degrees);
            c.DrawText("DRAFT", TestFonts.Bold, size, Color.Black, new Point(centre.X - width / 2, centre.Y + 0.36 * size));
            c.EndRotation();
            c.EndArtifact();
            c.EndPage();
            c.EndDocument();
        }, new RasterOptions { Dpi = 60 });
        WriteForALook(pages[0], $"rotated-{degrees}.png");
        using var bitmap = Decode(pages[0]);

        // Every dark pixel, in points: how far along the turned baseline direction, and how far across it.
        double rad = degrees * Math.PI / 180, dx = Math.Cos(rad), dy = -Math.Sin(rad); // y grows downwards on the page
        double minAlong = double.MaxValue, maxAlong = double.MinValue, maxAcross = 0;
        int ink = 0;
        for (var y = 0; y < bitmap.Height; y++)
        for (var x = 0; x < bitmap.Width; x++)
        {
            var p = bitmap.GetPixel(x, y);
            if (p.Red + p.Green + p.Blue > 3 * 100) continue;
            ink++;
            double px = x / scale - centre.X, py = y / scale - centre.Y;
            double along = px * dx + py * dy, across = Math.Abs(px * dy - py * dx);
            minAlong = Math.Min(minAlong, along);
            maxAlong = Math.Max(maxAlong, along);
            maxAcross = Math.Max(maxAcross, across);
        }
        Assert.True(ink > 500, $"only {ink} dark pixels");
        // The word spans its measured width along the angle, centred, and no more than its cap height across it.
        Assert.InRange(maxAlong - minAlong, width * 0.9, width * 1.05);
        Assert.InRange(minAlong + maxAlong, -12, 12);
        Assert.InRange(maxAcross, size * 0.3, size * 0.45);
    }

    static void WriteForALook(byte[] png, string name)
    {
        // Set RB_TEST_OUT to a folder to keep the page for a visual check.
        if (Environment.GetEnvironmentVariable("RB_TEST_OUT") is not { } folder) return;
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), png);
    }

    static (int X0, int Y0, int X1, int Y1)? InkBounds(SKBitmap b, int left, int top, int right, int bottom)
    {
        int x0 = int.MaxValue, y0 = int.MaxValue, x1 = -1, y1 = -1;
        for (var y = Math.Max(0, top); y < Math.Min(b.Height, bottom); y++)
        for (var x = Math.Max(0, left); x < Math.Min(b.Width, right); x++)
        {
            var p = b.GetPixel(x, y);
            if (p.Red + p.Green + p.Blue > 3 * 160) continue; // light anti-aliasing is not ink
            x0 = Math.Min(x0, x); x1 = Math.Max(x1, x);
            y0 = Math.Min(y0, y); y1 = Math.Max(y1, y);
        }
        return x1 < 0 ? null : (x0, y0, x1, y1);
    }
}
