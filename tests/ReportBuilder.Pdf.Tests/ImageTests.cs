using ReportBuilder.Layout.Drawing;
using UglyToad.PdfPig;

namespace ReportBuilder.Pdf.Tests;

public class ImageTests
{
    static byte[] WithImages(PdfCanvasOptions? options, params ImageData[] images) => WithImages(options, null, images);

    static byte[] WithImages(PdfCanvasOptions? options, Images.PdfImageCache? cache, params ImageData[] images) => Sample.Render(c =>
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
    }, options, cache);

    /// <summary>The same image as a new object with its own copy of the bytes: what each build of a report folder reads.</summary>
    static ImageData Reread(ImageData image) => image with { Bytes = image.Bytes.ToArray() };

    [Fact]
    public void A_shared_cache_reads_each_image_once_and_changes_no_byte()
    {
        var png = TestImages.Png(200, 100);
        var jpeg = TestImages.Jpeg();
        var alone = WithImages(null, png, jpeg);
        var cache = new Images.PdfImageCache();
        var first = WithImages(null, cache, png, jpeg);
        var second = WithImages(null, cache, Reread(png), Reread(jpeg));
        Assert.Equal(alone, first);
        Assert.Equal(alone, second);
        // Found again by their bytes, though the second document's images are other objects.
        Assert.Equal(2, cache.Reads);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void A_pdfa_document_and_another_sharing_a_cache_each_get_their_own_rendering_of_a_translucent_png()
    {
        var translucent = TestImages.Png(translucent: true);
        var cache = new Images.PdfImageCache();
        var pdfA = WithImages(new PdfCanvasOptions { PdfA = true }, cache, translucent);
        var plain = WithImages(null, cache, Reread(translucent));
        Assert.Equal(WithImages(new PdfCanvasOptions { PdfA = true }, translucent), pdfA);
        Assert.Equal(WithImages(null, translucent), plain);
        Assert.Equal(2, cache.Reads);
    }

    [Fact]
    public void A_shared_cache_starts_again_past_its_capacity_and_stays_correct()
    {
        var cache = new Images.PdfImageCache();
        for (var i = 0; i < Images.PdfImageCache.Capacity + 5; i++)
            WithImages(null, cache, TestImages.Png(10 + i, 10));
        Assert.InRange(cache.Count, 1, Images.PdfImageCache.Capacity);
        var png = TestImages.Png(200, 100);
        Assert.Equal(WithImages(null, png), WithImages(null, cache, png));
    }

    [Fact]
    public void Documents_on_several_threads_can_share_a_cache()
    {
        var png = TestImages.Png(200, 100);
        var expected = WithImages(null, png);
        var cache = new Images.PdfImageCache();
        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = WithImages(null, cache, Reread(png)));
        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Equal(1, cache.Reads);
    }

    [Fact]
    public void Png_and_jpeg_are_placed_in_their_rectangles()
    {
        using var pdf = PdfDocument.Open(WithImages(null, TestImages.Png(), TestImages.Jpeg()));
        var page = pdf.GetPage(1);
        var images = page.GetImages().OrderByDescending(i => i.BoundingBox.Top).ToList();
        Assert.Equal(2, images.Count);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(72, images[i].BoundingBox.Left, 0.01);
            Assert.Equal(160, images[i].BoundingBox.Width, 0.01);
            Assert.Equal(80, images[i].BoundingBox.Height, 0.01);
            Assert.Equal(page.Height - 100 - 100 * i, images[i].BoundingBox.Top, 0.01);
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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void In_PdfA_a_translucent_png_is_flattened_onto_white_and_elsewhere_keeps_its_alpha(bool pdfa)
    {
        using var pdf = PdfDocument.Open(WithImages(new PdfCanvasOptions { PdfA = pdfa }, TestImages.Png(translucent: true)));
        var image = Assert.Single(pdf.GetPage(1).GetImages());
        var hasSoftMask = image.ImageDictionary.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("SMask"));
        Assert.Equal(!pdfa, hasSoftMask);
        if (!pdfa) return;
        Assert.True(image.TryGetPng(out var png));
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        // Left half: (220, 7y, 13x) at alpha 128 over white; right half opaque.
        var left = bitmap.GetPixel(0, 0);
        Assert.Equal((237, 127, 127), (left.Red, left.Green, left.Blue));
        var right = bitmap.GetPixel(30, 5);
        Assert.Equal(((byte)(30 * 5), (byte)60, (byte)200), (right.Red, right.Green, right.Blue));
    }

    [Fact]
    public void Flattening_leaves_opaque_pngs_and_jpegs_alone()
    {
        var opaque = TestImages.Png();
        Assert.Same(opaque.Bytes, Images.PngFlattener.OntoWhite(opaque.Bytes));
        var jpeg = TestImages.Jpeg();
        Assert.Same(jpeg.Bytes, Images.PngFlattener.OntoWhite(jpeg.Bytes));
    }

    [Fact]
    public void Flattened_png_decodes_to_the_composited_pixels()
    {
        var translucent = TestImages.Png(37, 11, translucent: true);
        using var original = SkiaSharp.SKBitmap.Decode(translucent.Bytes);
        using var flat = SkiaSharp.SKBitmap.Decode(Images.PngFlattener.OntoWhite(translucent.Bytes));
        Assert.Equal(SkiaSharp.SKAlphaType.Opaque, flat.AlphaType);
        for (var y = 0; y < 11; y++)
        for (var x = 0; x < 37; x++)
        {
            var o = original.GetPixel(x, y);
            var f = flat.GetPixel(x, y);
            byte Over(byte c) => (byte)((c * o.Alpha + 255 * (255 - o.Alpha) + 127) / 255);
            Assert.Equal((Over(o.Red), Over(o.Green), Over(o.Blue)), (f.Red, f.Green, f.Blue));
        }
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
