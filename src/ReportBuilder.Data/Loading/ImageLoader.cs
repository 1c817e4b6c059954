using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Data.Reading;
using ReportBuilder.Dialect.Features.Images;

namespace ReportBuilder.Data.Loading;

/// <summary>
/// Reads the images a folder's Markdown names, through the one reader of report files (real path inside the folder,
/// regular file, the image size limit while reading), and checks each with the dialect's <see cref="ImageFile"/>. Each
/// file is read once however often it is placed; the library it gives is what the model carries, so no later stage
/// opens an image.
/// </summary>
/// <param name="root">The folder images are found in (the report folder, or a template set's folder).</param>
/// <param name="display">That folder as messages name it.</param>
internal sealed class ImageLoader(string root, string display, ReportLimits limits, CancellationToken cancellationToken)
{
    /// <summary>The folder of a report or template set that holds its images by convention (any path inside the folder may be named).</summary>
    public const string Folder = "images";

    private readonly ReportFileReader _reader = new(root, limits.MaxImageBytes, cancellationToken);
    private readonly Dictionary<string, (ReportImage? Image, ImageProblem? Problem)> _read = new(StringComparer.Ordinal);

    /// <summary>The image at <paramref name="path"/> (normalised, relative to the folder), or why it cannot be placed.</summary>
    public (ReportImage? Image, ImageProblem? Problem) Resolve(string path)
    {
        if (_read.TryGetValue(path, out var known)) return known;
        var shown = PathDisplay.Join(display, path);
        var read = _reader.Read(Path.Combine(root, path));
        (ReportImage?, ImageProblem?) result = read.Refusal switch
        {
            FileRefusal.None => ImageFile.Inspect(read.Bytes!, path, shown, limits.MaxImagePixels),
            FileRefusal.Missing => (null, ImageProblem.Missing(shown)),
            FileRefusal.Outside => (null, ImageProblem.Outside(path, "through a symbolic link")),
            FileRefusal.TooLarge => (null, ImageProblem.TooLarge(shown, limits.MaxImageBytes)),
            _ => (null, ImageProblem.Unreadable(shown, read.Reason ?? "unknown reason")),
        };
        _read[path] = result;
        return result;
    }

    /// <summary>Every image read and found good, for the model.</summary>
    public ImageLibrary Library => new(_read.Values.Select(r => r.Image).OfType<ReportImage>());

    /// <summary>
    /// Every PNG and JPEG file of a template set's <c>images/</c> folder: the templates' output may name any of them,
    /// which is known only once the templates have run, so all are read and checked now, each problem at its file.
    /// </summary>
    /// <returns>The library, and whether every image was good.</returns>
    public static (ImageLibrary Library, bool Ok) LoadTemplateSet(string folder, string display, ReportLimits limits, DiagnosticBag diagnostics,
        CancellationToken cancellationToken)
    {
        var images = Path.Combine(folder, Folder);
        if (!Directory.Exists(images)) return (ImageLibrary.Empty, true);
        var loader = new ImageLoader(folder, display, limits, cancellationToken);
        var ok = true;
        foreach (var file in Directory.EnumerateFiles(images).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.') || ImagePath.FormatOf(name) is null) continue; // the licence note beside the images
            var path = $"{Folder}/{name}";
            if (loader.Resolve(path).Problem is { } problem)
            {
                diagnostics.Error(SourceSpan.StartOf(PathDisplay.Join(display, path)), problem.Code, problem.Message);
                ok = false;
            }
        }
        return (loader.Library, ok);
    }
}
