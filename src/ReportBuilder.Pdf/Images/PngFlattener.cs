using System.Buffers.Binary;
using System.IO.Compression;

namespace ReportBuilder.Pdf.Images;

/// <summary>
/// Gives PDFsharp a PNG it reads, looking as it does on screen: an opaque, non-interlaced 8-bit grey, RGB or palette
/// PNG passes unchanged; any other (16-bit, 1-4-bit grey, interlaced, transparent) is decoded (<see cref="PngDecoder"/>)
/// and written again as 8-bit RGB, or RGBA where transparency is kept.
/// </summary>
/// <remarks>
/// PDF/A-1 forbids soft masks, and PDFsharp in PDF/A mode drops a PNG's alpha channel altogether, so transparent
/// pixels would show whatever colour they hide (often black): for PDF/A the pixels are composited onto white paper
/// first. The encoding is deterministic (one filter, one zlib level), so the same image gives the same bytes.
/// </remarks>
static class PngFlattener
{
    static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The PNG for a PDF/A page: opaque, transparency composited onto white.</summary>
    public static byte[] OntoWhite(byte[] png) => ForPdf(png, keepTransparency: false);

    /// <summary>The PNG for a PDF page; <paramref name="keepTransparency"/> false composites onto white (PDF/A).</summary>
    public static byte[] ForPdf(byte[] png, bool keepTransparency)
    {
        if (PassesUnchanged(png, keepTransparency)) return png;
        var pixels = PngDecoder.Decode(png);
        var alpha = keepTransparency && pixels.HasTransparency;
        var channels = alpha ? 4 : 3;
        var stride = pixels.Width * channels;
        var scanlines = new byte[(long)(stride + 1) * pixels.Height];
        for (var y = 0; y < pixels.Height; y++)
        {
            var outLine = scanlines.AsSpan(y * (stride + 1) + 1, stride);
            var inLine = pixels.Rgba.AsSpan(y * pixels.Width * 4, pixels.Width * 4);
            for (var x = 0; x < pixels.Width; x++)
            {
                byte r = inLine[4 * x], g = inLine[4 * x + 1], b = inLine[4 * x + 2], a = inLine[4 * x + 3];
                if (alpha)
                {
                    (outLine[4 * x], outLine[4 * x + 1], outLine[4 * x + 2], outLine[4 * x + 3]) = (r, g, b, a);
                    continue;
                }
                outLine[3 * x] = OverWhite(r, a);
                outLine[3 * x + 1] = OverWhite(g, a);
                outLine[3 * x + 2] = OverWhite(b, a);
            }
        }
        return Encode(pixels.Width, pixels.Height, alpha ? (byte)6 : (byte)2, scanlines);
    }

    /// <summary>Whether <see cref="ForPdf"/> returns <paramref name="png"/> itself: not a PNG, or one PDFsharp takes as it is.</summary>
    public static bool PassesUnchanged(byte[] png, bool keepTransparency) =>
        png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(Signature) || IsPlain(png, keepTransparency);

    /// <summary>Whether PDFsharp takes the file as it is: 8 bits, not interlaced, and opaque unless transparency is kept.</summary>
    static bool IsPlain(byte[] png, bool keepTransparency)
    {
        var bitDepth = png[24];
        var colorType = png[25];
        var interlace = png[28];
        if (bitDepth != 8 || interlace != 0) return false;
        if (keepTransparency) return colorType is 0 or 2 or 3 or 6 && !HasChunk(png, "tRNS"u8);
        return colorType is 0 or 2 or 3 && !HasChunk(png, "tRNS"u8);
    }

    static bool HasChunk(byte[] png, ReadOnlySpan<byte> name)
    {
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = png.AsSpan(at + 4, 4);
            if (type.SequenceEqual(name)) return true;
            if (type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8)) return false; // tRNS comes before the data
            at += 12 + length;
        }
        return false;
    }

    static byte OverWhite(byte c, byte a) => (byte)((c * a + 255 * (255 - a) + 127) / 255);

    static byte[] Encode(int width, int height, byte colorType, byte[] scanlines)
    {
        using var output = new MemoryStream();
        output.Write(Signature);
        Span<byte> ihdr = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr[4..], height);
        ihdr[8] = 8;  // bit depth
        ihdr[9] = colorType;
        ihdr[10] = ihdr[11] = ihdr[12] = 0;
        WriteChunk(output, "IHDR"u8, ihdr);
        using (var compressed = new MemoryStream())
        {
            using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
                z.Write(scanlines);
            WriteChunk(output, "IDAT"u8, compressed.ToArray());
        }
        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    static void WriteChunk(Stream s, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(header, data.Length);
        type.CopyTo(header[4..]);
        s.Write(header);
        s.Write(data);
        var checksum = new System.IO.Hashing.Crc32();
        checksum.Append(type);
        checksum.Append(data);
        var crc = checksum.GetCurrentHashAsUInt32();
        Span<byte> tail = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(tail, crc);
        s.Write(tail);
    }
}
