namespace ReportBuilder.Layout.Drawing;

public enum ImageFormat { Png, Jpeg }

/// <summary>An encoded raster image (PNG or JPEG) with its size in pixels.</summary>
public sealed record ImageData(byte[] Bytes, ImageFormat Format, int PixelWidth, int PixelHeight);
