using System.Buffers.Binary;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Dialect.Features.Images;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Data.Tests.Images;

/// <summary>The dialect's check of an image's bytes (<see cref="ImageFile"/>) and of the path its Markdown names (<see cref="ImagePath"/>).</summary>
public class ImageFileTests
{
    private const long Pixels = 25_000_000;

    private static (ReportImage? Image, ImageProblem? Problem) Inspect(byte[] bytes, string path = "images/x.png") =>
        ImageFile.Inspect(bytes, path, path, Pixels);

    [Theory]
    [InlineData(null, 96)]      // none declared: CSS's reference pixel
    [InlineData(72.0, 96)]      // less than 96 would enlarge the image past its size at 96 dpi
    [InlineData(300.0, 300)]
    [InlineData(5000.0, 1200)]  // more than 1200 would shrink it past reading
    public void Png_Resolution_IsTheDeclaredOne_Between96And1200(double? declared, double honoured)
    {
        var (image, problem) = Inspect(ImageFiles.Png(300, 150, declared));
        Assert.Null(problem);
        Assert.Equal((300, 150), (image!.PixelWidth, image.PixelHeight));
        Assert.Equal(honoured, image.Dpi, 0);
        Assert.Equal(300 * 72 / honoured, image.WidthPoints, 1);
    }

    [Fact]
    public void Jpeg_GivesItsFrameSize_AndItsJfifDensity()
    {
        var (image, problem) = Inspect(Jpeg(640, 480, dotsPerInch: 200), "images/photo.jpeg");
        Assert.Null(problem);
        Assert.Equal(ReportImageFormat.Jpeg, image!.Format);
        Assert.Equal((640, 480, 200.0), (image.PixelWidth, image.PixelHeight, image.Dpi));
        Assert.Equal((307, 230), image.CssSize); // 640 px at 200 dpi is 3.2 in, 307 CSS pixels
    }

    [Theory]
    [InlineData(0xC2, "progressive")]
    [InlineData(0xC9, "arithmetic")]
    public void Jpeg_OfAKindAnEditionCannotShow_IsRefused(byte frame, string named)
    {
        var (_, problem) = Inspect(Jpeg(10, 10, frame: frame), "images/x.jpg");
        Assert.Equal(DiagnosticCodes.ImageNotRecognised, problem!.Code);
        Assert.Contains(named, problem.Message);
    }

    [Fact]
    public void Jpeg_WithoutAScan_IsDamaged()
    {
        var (_, problem) = Inspect(Jpeg(10, 10)[..^14], "images/x.jpg");
        Assert.Equal(DiagnosticCodes.ImageNotRecognised, problem!.Code);
    }

    [Fact]
    public void PixelLimit_IsCheckedFromTheHeader()
    {
        var (_, problem) = ImageFile.Inspect(ImageFiles.Png(100, 100), "images/x.png", "images/x.png", maxPixels: 9_999);
        Assert.Equal(DiagnosticCodes.ImageTooManyPixels, problem!.Code);
        Assert.Contains("100×100", problem.Message);
        Assert.Null(ImageFile.Inspect(ImageFiles.Png(100, 100), "images/x.png", "images/x.png", maxPixels: 10_000).Problem);
    }

    [Theory]
    [InlineData("images/x.png", "images/x.png")]
    [InlineData("./images//x.png", "images/x.png")]
    [InlineData(@"images\x.PNG", "images/x.PNG")]
    [InlineData("  images/x.jpeg ", "images/x.jpeg")]
    public void Path_IsNormalised_SoOneFileHasOneName(string written, string normalised)
    {
        var (path, problem) = ImagePath.Normalise(written);
        Assert.Null(problem);
        Assert.Equal(normalised, path);
    }

    [Theory]
    [InlineData("https://example.com/x.png", DiagnosticCodes.ImageRemote)]
    [InlineData("HTTP://example.com/x.png", DiagnosticCodes.ImageRemote)]
    [InlineData("//example.com/x.png", DiagnosticCodes.ImageRemote)]
    [InlineData(@"\\host\share\x.png", DiagnosticCodes.ImageRemote)]
    [InlineData("file:///etc/x.png", DiagnosticCodes.ImageRemote)]
    [InlineData("data:image/png;base64,AAAA", DiagnosticCodes.ImageRemote)]
    [InlineData("/etc/x.png", DiagnosticCodes.ImageOutsideFolder)]
    [InlineData(@"C:\x.png", DiagnosticCodes.ImageOutsideFolder)]
    [InlineData("../x.png", DiagnosticCodes.ImageOutsideFolder)]
    [InlineData("images/../../x.png", DiagnosticCodes.ImageOutsideFolder)]
    [InlineData(@"images\..\x.png", DiagnosticCodes.ImageOutsideFolder)]
    [InlineData("images/x.svg", DiagnosticCodes.ImageNotRecognised)]
    [InlineData("images/", DiagnosticCodes.ImageNotRecognised)]
    [InlineData("", DiagnosticCodes.ImageMissing)]
    public void Path_ThatIsNotAFileOfTheFolder_IsRefused(string written, string code) =>
        Assert.Equal(code, ImagePath.Normalise(written).Problem?.Code);

    /// <summary>SOI, APP0 JFIF (density in dots per inch), a frame header (SOF0 unless said), a scan header, a few bytes, EOI.</summary>
    private static byte[] Jpeg(int width, int height, int dotsPerInch = 72, byte frame = 0xC0)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        byte[] app0 = [.. "JFIF\0"u8, 1, 1, 1, 0, 0, 0, 0, 0, 0];
        BinaryPrimitives.WriteUInt16BigEndian(app0.AsSpan(8), (ushort)dotsPerInch);
        BinaryPrimitives.WriteUInt16BigEndian(app0.AsSpan(10), (ushort)dotsPerInch);
        Segment(bytes, 0xE0, app0);
        byte[] sof = [8, 0, 0, 0, 0, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0];
        BinaryPrimitives.WriteUInt16BigEndian(sof.AsSpan(1), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(sof.AsSpan(3), (ushort)width);
        Segment(bytes, frame, sof);
        Segment(bytes, 0xDA, [3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0]);
        bytes.AddRange([0x12, 0x34, 0xFF, 0xD9]);
        return bytes.ToArray();
    }

    private static void Segment(List<byte> bytes, byte marker, byte[] body)
    {
        bytes.AddRange([0xFF, marker, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2)]);
        bytes.AddRange(body);
    }
}
