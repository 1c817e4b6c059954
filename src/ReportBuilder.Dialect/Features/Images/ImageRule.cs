using Markdig.Extensions.SmartyPants;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Dialect.Features.Images;

/// <summary>
/// An image (<c>![alternative text](images/x.png)</c>) stands in a paragraph of its own, has alternative text, and names
/// a PNG or JPEG file inside the folder of the Markdown it is written in (the report folder, or the template set for the
/// templates' output). Each image found is attached to its node (<see cref="PlacedImage"/>) for the renderers of both
/// editions; every other is reported at its file, line and column.
/// </summary>
public static class ImageRule
{
    /// <summary>Checks every image of <paramref name="document"/> and attaches the one <paramref name="resolve"/> finds for it.</summary>
    /// <param name="resolve">The image at a normalised path (<see cref="ImagePath"/>), or why there is none.</param>
    /// <returns>Whether every image was placed.</returns>
    public static bool Check(MarkdownDocument document, MarkdownOrigin origin, Func<string, (ReportImage? Image, ImageProblem? Problem)> resolve,
        DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var link in document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            var problem = Place(link, resolve);
            if (problem is null) continue;
            ok = false;
            diagnostics.Error(origin.SpanOf(link), problem.Code, problem.Message + origin.Describe(link));
        }
        return ok;
    }

    /// <summary>Attaches the images of a document checked before (a tree parsed again for another edition); problems were reported then.</summary>
    public static void Attach(MarkdownDocument document, Func<string, (ReportImage? Image, ImageProblem? Problem)> resolve)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => l.IsImage)) Place(link, resolve);
    }

    /// <summary>The image attached to <paramref name="link"/> by <see cref="Check"/>, or null (its text is then printed instead).</summary>
    public static ReportImage? PlacedImage(LinkInline link) => link.GetData(typeof(ReportImage)) as ReportImage;

    /// <summary>A library's images by path, and a missing one named as the folder's file (<paramref name="folder"/>/path).</summary>
    public static Func<string, (ReportImage? Image, ImageProblem? Problem)> From(ImageLibrary library, string folder) =>
        path => library.Find(path) is { } image ? (image, null) : (null, ImageProblem.Missing(folder.Length == 0 ? path : $"{folder.TrimEnd('/')}/{path}"));

    /// <summary>The image's alternative text: the plain text of its description, as a screen reader would say it.</summary>
    public static string AlternativeText(LinkInline image)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in image.Descendants<Inline>())
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content); break;
                case CodeInline code: text.Append(code.Content); break;
                case SmartyPant pant: text.Append(Quotes.TypographicQuotes.Text(pant)); break; // the quotes, curled as in the text
                case LineBreakInline: text.Append(' '); break;
            }
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The image that is all of <paramref name="paragraph"/> (besides white space), or null.</summary>
    public static LinkInline? StandingAlone(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null || paragraph.Parent is TableCell) return null;
        LinkInline? image = null;
        foreach (var inline in paragraph.Inline)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } link when image is null: image = link; break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace(): break;
                case LineBreakInline: break;
                default: return null;
            }
        }
        return image;
    }

    private static ImageProblem? Place(LinkInline link, Func<string, (ReportImage? Image, ImageProblem? Problem)> resolve)
    {
        ContainerInline top = link;
        while (top.Parent is { } parent) top = parent;
        if (top.ParentBlock is not ParagraphBlock paragraph || StandingAlone(paragraph) != link) return ImageProblem.NotAlone();
        if (AlternativeText(link).Length == 0) return ImageProblem.WithoutText();
        var (path, problem) = ImagePath.Normalise(link.GetDynamicUrl?.Invoke() ?? link.Url);
        if (problem is not null) return problem;
        var (image, missing) = resolve(path!);
        if (image is null) return missing;
        link.SetData(typeof(ReportImage), image);
        return null;
    }
}
