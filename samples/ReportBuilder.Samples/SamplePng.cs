using System.Buffers.Binary;
using System.IO.Compression;

namespace ReportBuilder.Samples;

/// <summary>Builds a small PNG in memory (two coloured bands), so that the sample needs no image file.</summary>
internal static class SamplePng
{
    public static byte[] Create(int width, int height)
    {
        var raw = new byte[(width * 3 + 1) * height];
        for (int y = 0; y < height; y++)
        {
            int row = y * (width * 3 + 1);
            raw[row] = 0; // filter: none
            for (int x = 0; x < width; x++)
            {
                bool top = y < height / 2;
                raw[row + 1 + x * 3] = (byte)(top ? 31 : 237);
                raw[row + 2 + x * 3] = (byte)(top ? 78 : 125);
                raw[row + 3 + x * 3] = (byte)(top ? 121 : 49);
            }
        }
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(raw);

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        Span<byte> len = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(len, data.Length);
        s.Write(len);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        s.Write(typeBytes);
        s.Write(data);
        uint crc = Crc(typeBytes, data);
        BinaryPrimitives.WriteUInt32BigEndian(len, crc);
        s.Write(len);
    }

    private static uint Crc(byte[] a, byte[] b)
    {
        uint c = 0xFFFFFFFF;
        foreach (var part in new[] { a, b })
            foreach (var x in part)
            {
                c ^= x;
                for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }
        return c ^ 0xFFFFFFFF;
    }
}
