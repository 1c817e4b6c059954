namespace ReportBuilder.Core.Model;

/// <summary>The two encodings an image of a report may have: both editions and every PDF reader show them.</summary>
public enum ReportImageFormat
{
    Png,
    Jpeg,
}

/// <summary>
/// A PNG or JPEG image of a report folder (or of its template set), read and checked when the folder was loaded, so no
/// later stage opens a file. Its size on the page follows one rule (docs/data-format.md, "Images"): its natural size at
/// <see cref="Dpi"/>, scaled down to the text width when wider, never up.
/// </summary>
/// <param name="Path">The path as the Markdown names it, normalised (<c>images/chart.png</c>), relative to its folder.</param>
/// <param name="Bytes">The file's bytes, exactly as read.</param>
/// <param name="Dpi">The resolution the file declares (PNG <c>pHYs</c>, JPEG JFIF density), or 96 when it declares none or less than 96.</param>
public sealed record ReportImage(string Path, byte[] Bytes, ReportImageFormat Format, int PixelWidth, int PixelHeight, double Dpi)
{
    /// <summary>The resolution of an image that declares none, and the lowest one honoured: CSS's reference pixel.</summary>
    public const double ReferenceDpi = 96;

    /// <summary>The natural width in points (1/72 inch).</summary>
    public double WidthPoints => PixelWidth * 72 / Dpi;

    /// <summary>The natural width and height in CSS pixels (1/96 inch), as the HTML edition's <c>width</c> and <c>height</c>.</summary>
    public (int Width, int Height) CssSize => ((int)Math.Round(PixelWidth * ReferenceDpi / Dpi), (int)Math.Round(PixelHeight * ReferenceDpi / Dpi));
}

/// <summary>The images of one folder (a report folder, or a template set), by normalised path.</summary>
public sealed class ImageLibrary
{
    private readonly IReadOnlyDictionary<string, ReportImage> _images;

    public ImageLibrary(IEnumerable<ReportImage> images) =>
        _images = images.ToDictionary(i => i.Path, StringComparer.Ordinal);

    public static ImageLibrary Empty { get; } = new([]);

    public ReportImage? Find(string path) => _images.GetValueOrDefault(path);

    public int Count => _images.Count;

    /// <summary>Every image, in ordinal order of path.</summary>
    public IEnumerable<ReportImage> All => _images.Values.OrderBy(i => i.Path, StringComparer.Ordinal);
}
