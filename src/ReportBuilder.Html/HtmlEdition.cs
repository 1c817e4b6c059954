using System.Text;
using Markdig;
using ReportBuilder.Dialect;
using ReportBuilder.Html.Document;
using ReportBuilder.Html.Output;
using ReportBuilder.Templating;
using ReportBuilder.Templating.Markdown;
using ReportBuilder.Dialect.Features.Narrative;
using ReportBuilder.Templating.Markdown.Sanitizing;

namespace ReportBuilder.Html;

/// <summary>
/// The HTML edition of a report: the Markdown that the templates produced for the PDF, parsed with the same
/// pipeline and rendered by Markdig's HtmlRenderer with <see cref="Markdown.HtmlEditionExtension"/>, written as a
/// folder with <c>index.html</c>, <c>report.css</c> and <c>fonts/</c>. No script; same input, same bytes.
/// </summary>
public static class HtmlEdition
{
    /// <summary>The page's file name inside the edition folder.</summary>
    public const string PageFile = "index.html";

    /// <summary>The page of a report whose templates have run.</summary>
    /// <remarks>
    /// The Markdown and every narrative piece are parsed again for the page, because the page moves the pieces
    /// into the main tree and renumbers notes: the parsed trees in <paramref name="rendered"/> stay as they were
    /// for the PDF.
    /// </remarks>
    public static string RenderPage(RenderedMarkdown rendered, HtmlEditionOptions? options = null)
    {
        var pipeline = ReportMarkdownPipeline.Default;
        var document = Markdig.Markdown.Parse(rendered.Markdown, pipeline);
        GenericAttributeFilter.FilterTemplateOutput(document);
        var pieces = new NarrativeDocuments();
        foreach (var (key, piece) in rendered.Narratives)
        {
            var parsed = Markdig.Markdown.Parse(piece.Text, pipeline);
            GenericAttributeFilter.FilterData(parsed);
            pieces[key] = piece with { Document = parsed };
        }
        document.SetData(typeof(NarrativeDocuments), pieces);
        return new HtmlPageWriter(pipeline, options ?? HtmlEditionOptions.For(rendered)).Write(document);
    }

    /// <summary>The page of plain Markdown (no narrative pieces), as text.</summary>
    /// <param name="markdown">Markdown in the report's dialect or plain CommonMark.</param>
    /// <param name="pipeline">The pipeline to parse it with; the report's is <see cref="ReportMarkdownPipeline.Default"/>.</param>
    /// <param name="options">What the page shows around the Markdown.</param>
    public static string RenderPage(string markdown, MarkdownPipeline pipeline, HtmlEditionOptions options)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        GenericAttributeFilter.FilterTemplateOutput(document);
        return new HtmlPageWriter(pipeline, options).Write(document);
    }

    /// <summary>Every file of the edition of a rendered report: the page first, then the style sheet and fonts in path order.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(RenderedMarkdown rendered, HtmlEditionOptions? options = null) =>
        WithAssets(RenderPage(rendered, options));

    /// <summary>Every file of the edition of plain Markdown.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(string markdown, MarkdownPipeline pipeline, HtmlEditionOptions options) =>
        WithAssets(RenderPage(markdown, pipeline, options));

    private static IReadOnlyList<(string Path, byte[] Bytes)> WithAssets(string page)
    {
        var files = new List<(string, byte[])> { (PageFile, new UTF8Encoding(false).GetBytes(page)) };
        files.AddRange(EditionAssets.All());
        return files;
    }
}
