using ReportBuilder.Layout.Drawing;
using SkiaSharp;

namespace ReportBuilder.Pdf.Tests;

/// <summary>Small PNG and JPEG fixtures made on the fly: a red left half and a blue right half.</summary>
static class TestImages
{
    public static ImageData Png(int width = 40, int height = 20, bool translucent = false)
        => Make(width, height, translucent, SKEncodedImageFormat.Png, ImageFormat.Png);

    public static ImageData Jpeg(int width = 40, int height = 20)
        => Make(width, height, false, SKEncodedImageFormat.Jpeg, ImageFormat.Jpeg);

    static ImageData Make(int width, int height, bool translucent, SKEncodedImageFormat sk, ImageFormat format)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, translucent ? SKAlphaType.Unpremul : SKAlphaType.Opaque));
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
            bitmap.SetPixel(x, y, x < width / 2 ? new SKColor(220, (byte)(y * 7), (byte)(x * 13), translucent ? (byte)128 : (byte)255) : new SKColor((byte)(x * y), 60, 200));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(sk, 90);
        return new ImageData(data.ToArray(), format, width, height);
    }
}
