using System.Buffers.Binary;
using System.IO.Compression;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Dialect.Features.Images;

/// <summary>
/// Checks that a file's bytes are the image its name promises, whole enough for every reader of either edition to show,
/// and within the pixel limit; gives its size in pixels and the resolution it declares. Nothing is trusted from the
/// name alone: a PNG's chunks are walked with their checksums and its pixel data inflated (into nothing, counted) to
/// the size its header gives; a JPEG's segments are walked to its frame and scan headers.
/// </summary>
public static class ImageFile
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The highest resolution honoured: past it an image would print smaller than a reader can see.</summary>
    public const double MaxDpi = 1200;

    /// <param name="path">The normalised path (<see cref="ImagePath"/>), whose extension says what the bytes must be.</param>
    /// <param name="shown">The file as messages name it.</param>
    /// <param name="maxPixels">The most pixels (width × height) an image may have (<c>--limit image-pixels</c>).</param>
    public static (ReportImage? Image, ImageProblem? Problem) Inspect(byte[] bytes, string path, string shown, long maxPixels)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var claimed = ImagePath.FormatOf(path);
        var actual = SignatureOf(bytes);
        if (claimed is null) return (null, ImageProblem.NotRecognised(shown, "its name must end in .png, .jpg or .jpeg"));
        if (actual is null) return (null, ImageProblem.NotRecognised(shown, $"its bytes are neither PNG nor JPEG (its name says {Name(claimed.Value)})"));
        if (actual != claimed)
            return (null, ImageProblem.NotRecognised(shown, $"its name says {Name(claimed.Value)} but its bytes are {Name(actual.Value)}: rename it .{(actual == ReportImageFormat.Png ? "png" : "jpg")}"));
        var header = actual == ReportImageFormat.Png ? ReadPng(bytes) : ReadJpeg(bytes);
        if (header.Problem is { } why) return (null, ImageProblem.NotRecognised(shown, why));
        var (width, height, dpi) = (header.Width, header.Height, header.Dpi);
        if (width * height > maxPixels) return (null, ImageProblem.TooManyPixels(shown, width, height, maxPixels));
        if (actual == ReportImageFormat.Png && header.Inflate is { } inflate && inflate() is { } damaged)
            return (null, ImageProblem.NotRecognised(shown, damaged));
        var honoured = dpi is { } d && d >= ReportImage.ReferenceDpi ? Math.Min(d, MaxDpi) : ReportImage.ReferenceDpi;
        return (new ReportImage(path, bytes, actual.Value, (int)width, (int)height, Math.Round(honoured, 3)), null);
    }

    private static string Name(ReportImageFormat format) => format == ReportImageFormat.Png ? "PNG" : "JPEG";

    private static ReportImageFormat? SignatureOf(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(PngSignature)) return ReportImageFormat.Png;
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) return ReportImageFormat.Jpeg;
        return null;
    }

    private sealed record Header(long Width, long Height, double? Dpi, string? Problem, Func<string?>? Inflate = null)
    {
        public static Header Damaged(string why) => new(0, 0, null, why);
    }

    /// <summary>ISO 15948: the signature, IHDR first, every chunk whole with its CRC, a palette where one is needed, IDAT, IEND.</summary>
    private static Header ReadPng(byte[] png)
    {
        long width = 0, height = 0;
        int bitDepth = 0, colorType = 0, interlace = 0;
        double? dpi = null;
        bool palette = false, sawEnd = false;
        var data = new List<(int Offset, int Length)>();
        var at = PngSignature.Length;
        for (var index = 0; !sawEnd; index++)
        {
            if (at + 12 > png.Length) return Header.Damaged("the file ends in the middle (no IEND chunk)");
            var length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            if (length > int.MaxValue || at + 12 + (long)length > png.Length) return Header.Damaged("a chunk runs past the end of the file");
            var type = png.AsSpan(at + 4, 4);
            foreach (var c in type) if (c is not (>= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z')) return Header.Damaged("a chunk has no valid name");
            var body = png.AsSpan(at + 8, (int)length);
            if (System.IO.Hashing.Crc32.HashToUInt32(png.AsSpan(at + 4, 4 + (int)length)) != BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + (int)length)))
                return Header.Damaged($"the checksum of its {System.Text.Encoding.ASCII.GetString(type)} chunk is wrong (the file is damaged)");
            if (index == 0 && !type.SequenceEqual("IHDR"u8)) return Header.Damaged("its first chunk is not the header (IHDR)");
            if (type.SequenceEqual("IHDR"u8))
            {
                if (index != 0 || length != 13) return Header.Damaged("its header (IHDR) is malformed");
                width = BinaryPrimitives.ReadUInt32BigEndian(body);
                height = BinaryPrimitives.ReadUInt32BigEndian(body[4..]);
                (bitDepth, colorType, interlace) = (body[8], body[9], body[12]);
                if (width is 0 or > int.MaxValue || height is 0 or > int.MaxValue) return Header.Damaged($"its header gives the size {width}×{height}");
                if (!ValidDepth(colorType, bitDepth)) return Header.Damaged($"its header gives colour type {colorType} with bit depth {bitDepth}, which PNG does not define");
                if (body[10] != 0 || body[11] != 0 || interlace > 1) return Header.Damaged("its header names a compression, filter or interlace method PNG does not define");
            }
            else if (type.SequenceEqual("PLTE"u8)) palette = length is > 0 and <= 768 && length % 3 == 0;
            else if (type.SequenceEqual("pHYs"u8) && length == 9 && body[8] == 1)
            {
                var x = BinaryPrimitives.ReadUInt32BigEndian(body);
                if (x == BinaryPrimitives.ReadUInt32BigEndian(body[4..])) dpi = x * 0.0254; // pixels per metre, square pixels only
            }
            else if (type.SequenceEqual("IDAT"u8)) data.Add((at + 8, (int)length));
            else if (type.SequenceEqual("IEND"u8)) sawEnd = true;
            at += 12 + (int)length;
        }
        if (colorType == 3 && !palette) return Header.Damaged("it is a palette image without a valid palette (PLTE)");
        if (data.Count == 0) return Header.Damaged("it holds no image data (IDAT)");
        var expected = RawSize(width, height, Channels(colorType) * bitDepth, interlace == 1);
        return new Header(width, height, dpi, null, () => CheckInflates(png, data, expected));
    }

    private static bool ValidDepth(int colorType, int bitDepth) => colorType switch
    {
        0 => bitDepth is 1 or 2 or 4 or 8 or 16,
        3 => bitDepth is 1 or 2 or 4 or 8,
        2 or 4 or 6 => bitDepth is 8 or 16,
        _ => false,
    };

    private static int Channels(int colorType) => colorType switch { 2 => 3, 4 => 2, 6 => 4, _ => 1 };

    /// <summary>The bytes of the filtered scanlines, each with its filter byte, over the passes of Adam7 when interlaced.</summary>
    private static long RawSize(long width, long height, int bitsPerPixel, bool interlaced)
    {
        static long Lines(long w, long h, int bits) => w == 0 || h == 0 ? 0 : h * (1 + (w * bits + 7) / 8);
        if (!interlaced) return Lines(width, height, bitsPerPixel);
        (int X, int Y, int DX, int DY)[] passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];
        return passes.Sum(p => Lines((width - p.X + p.DX - 1) / p.DX, (height - p.Y + p.DY - 1) / p.DY, bitsPerPixel));
    }

    /// <summary>Inflates the image data without keeping it: a broken stream, or one that gives more or fewer bytes than the header promises, is damage.</summary>
    private static string? CheckInflates(byte[] png, List<(int Offset, int Length)> data, long expected)
    {
        using var joined = new MemoryStream();
        foreach (var (offset, length) in data) joined.Write(png, offset, length);
        joined.Position = 0;
        try
        {
            using var z = new ZLibStream(joined, CompressionMode.Decompress);
            var scratch = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = z.Read(scratch, 0, scratch.Length)) > 0)
            {
                total += read;
                if (total > expected) return "its image data holds more than its header's size";
            }
            return total < expected ? "its image data ends early (the file is cut short or damaged)" : null;
        }
        catch (InvalidDataException)
        {
            return "its image data cannot be decompressed (the file is damaged)";
        }
    }

    /// <summary>ITU T.81: SOI, whole segments up to a baseline frame header (SOF0 or SOF1) and a scan (SOS).</summary>
    private static Header ReadJpeg(byte[] jpeg)
    {
        long width = 0, height = 0;
        double? dpi = null;
        var at = 2;
        while (true)
        {
            while (at < jpeg.Length && jpeg[at] == 0xFF && at + 1 < jpeg.Length && jpeg[at + 1] == 0xFF) at++; // fill bytes
            if (at + 4 > jpeg.Length) return Header.Damaged("the file ends before its image data (no scan)");
            if (jpeg[at] != 0xFF) return Header.Damaged("a segment does not start with a marker");
            var marker = jpeg[at + 1];
            if (marker is 0x01 or >= 0xD0 and <= 0xD7) { at += 2; continue; }
            if (marker == 0xD9) return Header.Damaged("the file ends before its image data (no scan)");
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
            if (length < 2 || at + 2 + length > jpeg.Length) return Header.Damaged("a segment runs past the end of the file");
            var body = jpeg.AsSpan(at + 4, length - 2);
            if (marker == 0xE0 && body.Length >= 12 && body.StartsWith("JFIF\0"u8))
            {
                int units = body[7], x = BinaryPrimitives.ReadUInt16BigEndian(body[8..]), y = BinaryPrimitives.ReadUInt16BigEndian(body[10..]);
                if (x == y && x > 0) dpi = units switch { 1 => x, 2 => x * 2.54, _ => null };
            }
            else if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                // Browsers show no lossless or arithmetic-coded JPEG, and the PDF writer reads no progressive one.
                if (marker == 0xC2) return Header.Damaged("it is a progressive JPEG, which the PDF writer cannot read: save it as a baseline JPEG");
                if (marker > 0xC2) return Header.Damaged("it is a lossless, hierarchical or arithmetic-coded JPEG, which browsers do not show: save it as a baseline JPEG");
                if (body.Length < 6) return Header.Damaged("its frame header is malformed");
                height = BinaryPrimitives.ReadUInt16BigEndian(body[1..]);
                width = BinaryPrimitives.ReadUInt16BigEndian(body[3..]);
                var components = body[5];
                if (width == 0 || height == 0) return Header.Damaged($"its frame header gives the size {width}×{height}");
                if (components is not (1 or 3)) return Header.Damaged($"it has {components} colour components (CMYK?): save it as an RGB or greyscale JPEG");
                if (body.Length < 6 + 3 * components) return Header.Damaged("its frame header is malformed");
            }
            else if (marker == 0xDA)
            {
                return width == 0 ? Header.Damaged("its image data comes before its frame header") : new Header(width, height, dpi, null);
            }
            at += 2 + length;
        }
    }
}
