using System.Security.Cryptography;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportBuilder.Core.Model;
using ReportBuilder.Dialect.Features.Images;

namespace ReportBuilder.Html.Markdown.Renderers.Images;

/// <summary>
/// An image of the HTML edition: <c>&lt;img src alt width height&gt;</c> pointing at a copy of the file inside the edition
/// folder, named by its content (<c>images/&lt;hash&gt;.png</c>), so no name from the data reaches the page, two
/// files of the same name (the report's and the template set's) cannot collide, and the same bytes give the same name.
/// The width and height are its natural size in CSS pixels (the PDF's rule); the style sheet narrows it to the page.
/// </summary>
public static class HtmlImage
{
    /// <summary>The folder of the edition the images are copied into.</summary>
    public const string Folder = "images";

    /// <summary>The image's path inside the edition folder.</summary>
    public static string EditionPath(ReportImage image)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(image.Bytes))[..16];
        return $"{Folder}/{hash}{(image.Format == ReportImageFormat.Png ? ".png" : ".jpg")}";
    }

    /// <summary>Writes the placed image of <paramref name="link"/>; false when it has none (its text is printed instead).</summary>
    public static bool TryWrite(HtmlRenderer renderer, LinkInline link)
    {
        if (ImageRule.PlacedImage(link) is not { } image) return false;
        var (width, height) = image.CssSize;
        renderer.Write($"<img src=\"{EditionPath(image)}\" alt=\"{HtmlText.Escape(ImageRule.AlternativeText(link))}\" width=\"{width}\" height=\"{height}\">");
        return true;
    }

    /// <summary>The images a page's tree places, each once, in the order of their edition paths: the files the edition carries.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> FilesOf(IEnumerable<MarkdownDocument> documents) =>
        documents.SelectMany(d => d.Descendants<LinkInline>())
            .Select(ImageRule.PlacedImage).OfType<ReportImage>()
            .Select(i => (Path: EditionPath(i), i.Bytes))
            .DistinctBy(f => f.Path)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
}
