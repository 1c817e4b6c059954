using ReportBuilder.Layout.Drawing;
using UglyToad.PdfPig;

namespace ReportBuilder.Pdf.Tests;

public class ImageTests
{
    static byte[] WithImages(PdfCanvasOptions? options, params ImageData[] images) => Sample.Render(c =>
    {
        c.BeginDocument(Sample.Description with { Bookmarks = [] });
        c.BeginPage(Size.A4);
        var y = 100.0;
        foreach (var image in images)
        {
            c.BeginStructure(new StructureElement(StructureRole.Figure) { AlternateText = $"A {image.Format} test image" });
            c.DrawImage(new Rect(72, y, 160, 80), image);
            c.EndStructure();
            y += 100;
        }
        c.EndPage();
        c.EndDocument();
    }, options);

    [Fact]
    public void Png_and_jpeg_are_placed_in_their_rectangles()
    {
        using var pdf = PdfDocument.Open(WithImages(null, TestImages.Png(), TestImages.Jpeg()));
        var page = pdf.GetPage(1);
        var images = page.GetImages().OrderByDescending(i => i.Bounds.Top).ToList();
        Assert.Equal(2, images.Count);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(72, images[i].Bounds.Left, 0.01);
            Assert.Equal(160, images[i].Bounds.Width, 0.01);
            Assert.Equal(80, images[i].Bounds.Height, 0.01);
            Assert.Equal(page.Height - 100 - 100 * i, images[i].Bounds.Top, 0.01);
            Assert.Equal(40, images[i].WidthInSamples);
        }
    }

    [Fact]
    public void The_same_image_drawn_twice_is_embedded_once()
    {
        var png = TestImages.Png(200, 100);
        var once = WithImages(new PdfCanvasOptions { Compress = false }, png);
        var twice = WithImages(new PdfCanvasOptions { Compress = false }, png, png);
        Assert.True(png.Bytes.Length > 2000);
        // A second placement adds a few bytes of content and structure, not a second copy of the image.
        Assert.True(twice.Length - once.Length < 600, $"{twice.Length - once.Length} bytes more");
    }

    [PreflightFact]
    public void PdfA_with_opaque_and_translucent_images_passes_Preflight()
    {
        var pdf = WithImages(new PdfCanvasOptions { PdfA = true }, TestImages.Png(), TestImages.Jpeg(), TestImages.Png(translucent: true));
        var (exit, output) = ExternalTools.Run("java",
            $"-cp {ExternalTools.PreflightJars} org.apache.pdfbox.preflight.Validator_A1b {{file}}", pdf);
        Assert.True(exit == 0 && output.Contains("is a valid PDF/A-1b file"), output);
    }
}
