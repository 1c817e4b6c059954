using Markdig.Syntax;
using ReportBuilder.Core.Model;
using ReportBuilder.Dialect.Features.Images;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Images;

/// <summary>
/// A paragraph that is one image (<c>![text](images/x.png)</c>) becomes the image itself: its natural width at its
/// declared resolution (96 dpi when none), narrowed to the text width, never widened; kept whole on a page; a Figure
/// with its alternative text. An image the rule could not place (only a draft gets this far) prints its text.
/// </summary>
public sealed class LayoutImageRenderer
{
    // One layout image per file, so that an image placed twice is embedded once.
    private readonly Dictionary<ReportImage, ImageData> _images = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether <paramref name="block"/> is an image the rule placed (one it could not place prints its text).</summary>
    public static bool Places(ParagraphBlock block) => ImageRule.StandingAlone(block) is { } link && ImageRule.PlacedImage(link) is not null;

    /// <summary>Writes <paramref name="block"/>, an image paragraph (<see cref="Places"/>), into <paramref name="container"/>.</summary>
    /// <param name="maxHeight">A height the image must not pass (a slot of fixed height, such as the cover's logo); it is scaled down to it, never up.</param>
    public void Write(IContainer container, ParagraphBlock block, double spaceAfter, double? maxHeight = null)
    {
        var link = ImageRule.StandingAlone(block) ?? throw new ArgumentException("The paragraph is not an image.", nameof(block));
        var image = ImageRule.PlacedImage(link) ?? throw new ArgumentException("The image was not placed.", nameof(block));
        if (!_images.TryGetValue(image, out var data))
            _images[image] = data = new ImageData(image.Bytes, image.Format == ReportImageFormat.Png ? ImageFormat.Png : ImageFormat.Jpeg,
                image.PixelWidth, image.PixelHeight);
        var width = image.WidthPoints;
        if (maxHeight is { } most && width * image.PixelHeight / image.PixelWidth > most) width = most * image.PixelWidth / image.PixelHeight;
        container.PaddingBottom(spaceAfter).Image(data, ImageRule.AlternativeText(link), width);
    }
}
