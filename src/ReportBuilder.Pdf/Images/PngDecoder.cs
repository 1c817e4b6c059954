using System.Buffers.Binary;
using System.IO.Compression;

namespace ReportBuilder.Pdf.Images;

/// <summary>The pixels of a PNG as 8-bit RGBA, row by row, and what its header said.</summary>
sealed record PngPixels(int Width, int Height, int BitDepth, int ColorType, bool Interlaced, bool HasTransparency, byte[] Rgba);

/// <summary>
/// Decodes every PNG that ISO 15948 defines (grey, RGB, palette, grey+alpha, RGBA; 1 to 16 bits; Adam7 interlacing;
/// tRNS transparency) into 8-bit RGBA, so that the PDF is given only the simple PNGs PDFsharp reads (it refuses
/// 16-bit and sub-byte grey). The file was checked when it was loaded (Dialect's ImageFile: chunks, checksums, data
/// size), so a damaged one here is a bug and throws.
/// </summary>
static class PngDecoder
{
    public static PngPixels Decode(byte[] png)
    {
        int width = 0, height = 0, bitDepth = 0, colorType = 0;
        var interlaced = false;
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
                (bitDepth, colorType, interlaced) = (data[8], data[9], data[12] == 1);
            }
            else if (type.SequenceEqual("PLTE"u8)) palette = data.ToArray();
            else if (type.SequenceEqual("tRNS"u8)) transparency = data.ToArray();
            else if (type.SequenceEqual("IDAT"u8)) idat.Write(data);
            else if (type.SequenceEqual("IEND"u8)) break;
            at += 12 + length;
        }
        if (width <= 0 || height <= 0) throw new InvalidDataException("PNG without a header.");

        var channels = colorType switch { 2 => 3, 4 => 2, 6 => 4, _ => 1 };
        var bitsPerPixel = channels * bitDepth;
        var bpp = Math.Max(1, bitsPerPixel / 8);
        var raw = Inflate(idat.ToArray());
        var rgba = new byte[(long)width * height * 4];
        var sample = new Sampler(bitDepth, colorType, palette, transparency);
        (int X, int Y, int DX, int DY)[] passes = interlaced
            ? [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
            : [(0, 0, 1, 1)];
        var offset = 0;
        foreach (var (x0, y0, dx, dy) in passes)
        {
            int passWidth = (width - x0 + dx - 1) / dx, passHeight = (height - y0 + dy - 1) / dy;
            if (passWidth <= 0 || passHeight <= 0) continue;
            var stride = (passWidth * bitsPerPixel + 7) / 8;
            Unfilter(raw.AsSpan(offset, (stride + 1) * passHeight), stride, passHeight, bpp);
            for (var j = 0; j < passHeight; j++)
            {
                var line = raw.AsSpan(offset + j * (stride + 1) + 1, stride);
                for (var i = 0; i < passWidth; i++)
                {
                    var o = ((long)(y0 + j * dy) * width + x0 + i * dx) * 4;
                    sample.Read(line, i, rgba.AsSpan((int)o, 4));
                }
            }
            offset += (stride + 1) * passHeight;
        }
        var hasTransparency = colorType is 4 or 6 || transparency is not null;
        return new PngPixels(width, height, bitDepth, colorType, interlaced, hasTransparency, rgba);
    }

    /// <summary>Reads pixel <c>i</c> of an unfiltered line as 8-bit RGBA.</summary>
    sealed class Sampler(int bitDepth, int colorType, byte[]? palette, byte[]? transparency)
    {
        int Raw(ReadOnlySpan<byte> line, int index)
        {
            if (bitDepth == 16) return BinaryPrimitives.ReadUInt16BigEndian(line[(index * 2)..]);
            if (bitDepth == 8) return line[index];
            var perByte = 8 / bitDepth;
            var shift = 8 - bitDepth * (index % perByte + 1);
            return (line[index / perByte] >> shift) & ((1 << bitDepth) - 1);
        }

        byte Scale(int value) => bitDepth switch
        {
            16 => (byte)((value * 255 + 32767) / 65535),
            8 => (byte)value,
            _ => (byte)(value * 255 / ((1 << bitDepth) - 1)),
        };

        // tRNS of a grey or RGB image names the one sample value (per channel, at the image's depth) that is transparent.
        int TransparentSample(int channel) => BinaryPrimitives.ReadUInt16BigEndian(transparency.AsSpan(channel * 2));

        public void Read(ReadOnlySpan<byte> line, int i, Span<byte> pixel)
        {
            switch (colorType)
            {
                case 0:
                    var grey = Raw(line, i);
                    pixel[0] = pixel[1] = pixel[2] = Scale(grey);
                    pixel[3] = transparency is { Length: >= 2 } && grey == TransparentSample(0) ? (byte)0 : (byte)255;
                    break;
                case 2:
                    int r = Raw(line, 3 * i), g = Raw(line, 3 * i + 1), b = Raw(line, 3 * i + 2);
                    (pixel[0], pixel[1], pixel[2]) = (Scale(r), Scale(g), Scale(b));
                    pixel[3] = transparency is { Length: >= 6 } && r == TransparentSample(0) && g == TransparentSample(1) && b == TransparentSample(2) ? (byte)0 : (byte)255;
                    break;
                case 3:
                    var index = Raw(line, i);
                    var p = palette!;
                    (pixel[0], pixel[1], pixel[2]) = 3 * index + 2 < p.Length ? (p[3 * index], p[3 * index + 1], p[3 * index + 2]) : ((byte)0, (byte)0, (byte)0);
                    pixel[3] = transparency is not null && index < transparency.Length ? transparency[index] : (byte)255;
                    break;
                case 4:
                    pixel[0] = pixel[1] = pixel[2] = Scale(Raw(line, 2 * i));
                    pixel[3] = Scale(Raw(line, 2 * i + 1));
                    break;
                default:
                    for (var c = 0; c < 4; c++) pixel[c] = Scale(Raw(line, 4 * i + c));
                    break;
            }
        }
    }

    static byte[] Inflate(byte[] zlib)
    {
        using var z = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        z.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Undoes the PNG scanline filters in place (ISO 15948 §9), for one pass of <paramref name="height"/> lines.</summary>
    static void Unfilter(Span<byte> data, int stride, int height, int bpp)
    {
        for (var y = 0; y < height; y++)
        {
            var start = y * (stride + 1);
            var filter = data[start];
            var line = data.Slice(start + 1, stride);
            var prior = y > 0 ? data.Slice(start - stride, stride) : Span<byte>.Empty;
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
}
