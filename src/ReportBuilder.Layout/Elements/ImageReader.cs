using System.Buffers.Binary;
using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Layout.Elements;

/// <summary>Reads the pixel size of PNG and JPEG files from their headers.</summary>
public static class ImageReader
{
    /// <exception cref="InvalidDataException">Not a PNG or JPEG, or a damaged header; the message names <paramref name="source"/>.</exception>
    public static ImageData Read(byte[] bytes, string source)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length >= 24 && bytes[0] == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G')
        {
            int w = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), h = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
            if (w <= 0 || h <= 0) throw new InvalidDataException($"{source}: PNG header gives size {w}×{h}.");
            return new ImageData(bytes, ImageFormat.Png, w, h);
        }
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            int i = 2;
            while (i + 9 < bytes.Length)
            {
                if (bytes[i] != 0xFF) { i++; continue; }
                byte marker = bytes[i + 1];
                if (marker == 0xFF) { i++; continue; }
                if (marker is 0xD8 or 0x01 || marker is >= 0xD0 and <= 0xD7) { i += 2; continue; }
                int length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 2));
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                {
                    int h = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 5)), w = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 7));
                    if (w <= 0 || h <= 0) throw new InvalidDataException($"{source}: JPEG frame gives size {w}×{h}.");
                    return new ImageData(bytes, ImageFormat.Jpeg, w, h);
                }
                i += 2 + length;
            }
            throw new InvalidDataException($"{source}: JPEG without a frame header (SOF).");
        }
        throw new InvalidDataException($"{source}: not a PNG or JPEG file (unknown signature).");
    }
}
