using System.Buffers.Binary;
using System.IO.Compression;

namespace ReportBuilder.Pdf.Images;

/// <summary>
/// Composites a PNG's transparency onto white paper and re-encodes it as an opaque RGB PNG.
/// </summary>
/// <remarks>
/// PDF/A-1 forbids soft masks, and PDFsharp in PDF/A mode drops a PNG's alpha channel altogether,
/// so transparent pixels would show whatever colour they hide (often black). Flattening first makes
/// the page look as it does on screen. Handles grey+alpha and RGBA (8 or 16 bits) and palettes with
/// a tRNS chunk; anything else (no transparency, interlaced files) is returned unchanged.
/// </remarks>
static class PngFlattener
{
    static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] OntoWhite(byte[] png)
    {
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(Signature)) return png;
        int width = 0, height = 0, bitDepth = 0, colorType = 0, interlace = 0;
        byte[]? palette = null, transparency = null;
        using var idat = new MemoryStream();
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = png.AsSpan(at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type.SequenceEqual("IHDR"u8))
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                bitDepth = data[8];
                colorType = data[9];
                interlace = data[12];
            }
            else if (type.SequenceEqual("PLTE"u8)) palette = data.ToArray();
            else if (type.SequenceEqual("tRNS"u8)) transparency = data.ToArray();
            else if (type.SequenceEqual("IDAT"u8)) idat.Write(data);
            else if (type.SequenceEqual("IEND"u8)) break;
            at += 12 + length;
        }
        var hasAlpha = colorType is 4 or 6 || (colorType == 3 && transparency is not null && palette is not null);
        if (!hasAlpha || interlace != 0 || width <= 0 || height <= 0) return png;
        if (colorType is 4 or 6 && bitDepth is not (8 or 16)) return png;

        var channels = colorType switch { 4 => 2, 6 => 4, _ => 1 };
        var bitsPerPixel = channels * bitDepth;
        var stride = (width * bitsPerPixel + 7) / 8;
        var bpp = Math.Max(1, bitsPerPixel / 8);
        var raw = Inflate(idat.ToArray());
        if (raw.Length < (stride + 1) * height) return png;
        Unfilter(raw, stride, height, bpp);

        var rgb = new byte[(width * 3 + 1) * height];
        for (var y = 0; y < height; y++)
        {
            var line = raw.AsSpan(y * (stride + 1) + 1, stride);
            var outLine = rgb.AsSpan(y * (width * 3 + 1) + 1, width * 3);
            for (var x = 0; x < width; x++)
            {
                byte r, g, b, a;
                switch (colorType)
                {
                    case 6:
                        var o6 = x * 4 * (bitDepth / 8);
                        var s6 = bitDepth / 8;
                        (r, g, b, a) = (line[o6], line[o6 + s6], line[o6 + 2 * s6], line[o6 + 3 * s6]);
                        break;
                    case 4:
                        var o4 = x * 2 * (bitDepth / 8);
                        r = g = b = line[o4];
                        a = line[o4 + bitDepth / 8];
                        break;
                    default:
                        var index = PaletteIndex(line, x, bitDepth);
                        (r, g, b) = 3 * index + 2 < palette!.Length ? (palette[3 * index], palette[3 * index + 1], palette[3 * index + 2]) : ((byte)0, (byte)0, (byte)0);
                        a = index < transparency!.Length ? transparency[index] : (byte)255;
                        break;
                }
                outLine[3 * x] = OverWhite(r, a);
                outLine[3 * x + 1] = OverWhite(g, a);
                outLine[3 * x + 2] = OverWhite(b, a);
            }
        }
        return Encode(width, height, rgb);
    }

    static byte OverWhite(byte c, byte a) => (byte)((c * a + 255 * (255 - a) + 127) / 255);

    static int PaletteIndex(ReadOnlySpan<byte> line, int x, int bitDepth)
    {
        if (bitDepth == 8) return line[x];
        var perByte = 8 / bitDepth;
        var shift = 8 - bitDepth * (x % perByte + 1);
        return (line[x / perByte] >> shift) & ((1 << bitDepth) - 1);
    }

    static byte[] Inflate(byte[] zlib)
    {
        using var z = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        z.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Undoes the PNG scanline filters in place (ISO 15948 §9).</summary>
    static void Unfilter(byte[] data, int stride, int height, int bpp)
    {
        for (var y = 0; y < height; y++)
        {
            var start = y * (stride + 1);
            var filter = data[start];
            var line = data.AsSpan(start + 1, stride);
            var prior = y > 0 ? data.AsSpan(start - stride, stride) : Span<byte>.Empty;
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? line[i - bpp] : 0;
                int up = y > 0 ? prior[i] : 0;
                int upLeft = i >= bpp && y > 0 ? prior[i - bpp] : 0;
                line[i] = filter switch
                {
                    1 => (byte)(line[i] + left),
                    2 => (byte)(line[i] + up),
                    3 => (byte)(line[i] + (left + up) / 2),
                    4 => (byte)(line[i] + Paeth(left, up, upLeft)),
                    _ => line[i],
                };
            }
            data[start] = 0;
        }
    }

    static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    static byte[] Encode(int width, int height, byte[] scanlines)
    {
        using var output = new MemoryStream();
        output.Write(Signature);
        Span<byte> ihdr = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr[4..], height);
        ihdr[8] = 8;  // bit depth
        ihdr[9] = 2;  // RGB
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
        var crc = Crc32.Update(Crc32.Update(0xFFFFFFFFu, type), data) ^ 0xFFFFFFFFu;
        Span<byte> tail = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(tail, crc);
        s.Write(tail);
    }

    static class Crc32
    {
        static readonly uint[] Table = Build();

        static uint[] Build()
        {
            var t = new uint[256];
            for (var n = 0u; n < 256; n++)
            {
                var c = n;
                for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                t[n] = c;
            }
            return t;
        }

        public static uint Update(uint crc, ReadOnlySpan<byte> data)
        {
            foreach (var b in data) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            return crc;
        }
    }
}
