using System.Text;
using Markdig;
using ReportBuilder.Core.Model;
using ReportBuilder.Html.Document;
using ReportBuilder.Html.Output;

namespace ReportBuilder.Html;

/// <summary>
/// The HTML edition of a report: the Markdown that the templates produced for the PDF, parsed with the same
/// pipeline and rendered by Markdig's HtmlRenderer, written as a folder with <c>index.html</c>, <c>report.css</c>
/// and <c>fonts/</c>. No script; same input, same bytes.
/// </summary>
public static class HtmlEdition
{
    /// <summary>The page's file name inside the edition folder.</summary>
    public const string PageFile = "index.html";

    /// <summary>The page alone, as text.</summary>
    /// <param name="markdown">The templates' output (our Markdown dialect).</param>
    /// <param name="pipeline">Templating's pipeline: the same parsers as for the PDF.</param>
    /// <param name="options">What the page shows around the Markdown; <see cref="HtmlEditionOptions.For(Report)"/> for a report.</param>
    public static string RenderPage(string markdown, MarkdownPipeline pipeline, HtmlEditionOptions options)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        return new HtmlPageWriter(pipeline, options).Write(document);
    }

    /// <summary>Every file of the edition, page first, then the style sheet and fonts in path order.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(string markdown, MarkdownPipeline pipeline, HtmlEditionOptions options)
    {
        var files = new List<(string, byte[])> { (PageFile, new UTF8Encoding(false).GetBytes(RenderPage(markdown, pipeline, options))) };
        files.AddRange(EditionAssets.All());
        return files;
    }

    /// <summary>Writes the edition into <paramref name="outputDirectory"/>, replacing what was there in one rename.</summary>
    public static void Write(string markdown, MarkdownPipeline pipeline, HtmlEditionOptions options, string outputDirectory) =>
        AtomicDirectoryWriter.Write(outputDirectory, Files(markdown, pipeline, options));
}
