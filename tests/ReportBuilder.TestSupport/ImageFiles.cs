using System.Buffers.Binary;
using System.IO.Compression;

namespace ReportBuilder.TestSupport;

/// <summary>
/// PNG files made byte by byte for tests, so a test says exactly what it feeds the image rule: a good image of a given
/// size and resolution, and the broken ones (a header that lies about its size, a chunk whose checksum is wrong).
/// </summary>
public static class ImageFiles
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>An opaque 8-bit RGB PNG of <paramref name="width"/>×<paramref name="height"/> (a diagonal gradient); <paramref name="dpi"/> adds a pHYs chunk.</summary>
    public static byte[] Png(int width, int height, double? dpi = null)
    {
        var rows = new byte[(width * 3 + 1) * height];
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
        {
            var at = y * (width * 3 + 1) + 1 + x * 3;
            (rows[at], rows[at + 1], rows[at + 2]) = ((byte)(x * 255 / Math.Max(1, width - 1)), (byte)(y * 255 / Math.Max(1, height - 1)), 120);
        }
        return Assemble(width, height, Compress(rows), dpi);
    }

    /// <summary>A PNG whose header claims <paramref name="width"/>×<paramref name="height"/> but whose data is one row: a decompression bomb's shape.</summary>
    public static byte[] PngClaiming(int width, int height) => Assemble(width, height, Compress(new byte[16]), null);

    /// <summary>A good PNG with one byte of its image data changed, so its IDAT checksum no longer matches.</summary>
    public static byte[] PngWithBadChecksum()
    {
        var png = Png(8, 8);
        png[8 + 25 + 8 + 2] ^= 0xFF; // inside the IDAT data, after IHDR (25 bytes) and IDAT's length and name
        return png;
    }

    private static byte[] Compress(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) z.Write(raw);
        return output.ToArray();
    }

    private static byte[] Assemble(int width, int height, byte[] idat, double? dpi)
    {
        using var png = new MemoryStream();
        png.Write(Signature);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        (ihdr[8], ihdr[9]) = (8, 2);
        Chunk(png, "IHDR", ihdr);
        if (dpi is { } d)
        {
            var phys = new byte[9];
            var perMetre = (uint)Math.Round(d / 0.0254);
            BinaryPrimitives.WriteUInt32BigEndian(phys, perMetre);
            BinaryPrimitives.WriteUInt32BigEndian(phys.AsSpan(4), perMetre);
            phys[8] = 1;
            Chunk(png, "pHYs", phys);
        }
        Chunk(png, "IDAT", idat);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var header = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(header, data.Length);
        System.Text.Encoding.ASCII.GetBytes(type, header.AsSpan(4));
        s.Write(header);
        s.Write(data);
        var crc = Crc(header.AsSpan(4).ToArray().Concat(data).ToArray());
        var tail = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(tail, crc);
        s.Write(tail);
    }

    private static uint Crc(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return crc ^ 0xFFFFFFFFu;
    }
}
