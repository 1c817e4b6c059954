using Markdig;
using ReportBuilder.Html.Markdown;

namespace ReportBuilder.Html;

/// <summary>What the page around the Markdown shows, and which renderers the Markdown gets.</summary>
public sealed record HtmlEditionOptions
{
    /// <summary>The page's language (<c>lang</c> on <c>&lt;html&gt;</c>): <c>en-GB</c>.</summary>
    public required string Language { get; init; }

    /// <summary>The document title (<c>&lt;title&gt;</c>), and the h1 when the Markdown has none.</summary>
    public required string Title { get; init; }

    /// <summary>The publisher named in the bar at the top of the page, or null for no bar.</summary>
    public string? Organisation { get; init; }

    /// <summary>The line under a generated h1 ("HM Inspectorate of Probation, April 2023"); unused when the Markdown has its own h1.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The heading level that starts a chapter (a <c>&lt;section&gt;</c> and an entry of the contents). Default 2.</summary>
    public int ChapterLevel { get; init; } = 2;

    /// <summary>The deepest heading level listed in the contents. Default 3 (chapters and standards).</summary>
    public int ContentsDepth { get; init; } = 3;

    /// <summary>The heading over the footnotes, which the PDF prints at page feet instead. Default "Notes".</summary>
    public string NotesHeading { get; init; } = "Notes";

    /// <summary>Extensions set up on the HTML renderer after the pipeline's own (renderers for the project's nodes).</summary>
    /// <remarks><see cref="For(Templating.RenderedMarkdown)"/> gives the report's; a page of plain Markdown needs only the default.</remarks>
    public IReadOnlyList<IMarkdownExtension> Extensions { get; init; } = [new HtmlEditionExtension()];

    /// <summary>The options for a rendered report: its language, title, inspectorate and date, and renderers that know its
    /// survey and its set's words for the chart (the PDF's caption and axes, so both editions say the same).</summary>
    public static HtmlEditionOptions For(Templating.RenderedMarkdown rendered)
    {
        var report = rendered.Report;
        return new HtmlEditionOptions
        {
            Language = report.Metadata.Language,
            Title = report.Metadata.Title,
            Organisation = report.Metadata.Inspectorate,
            Subtitle = $"{report.Metadata.Inspectorate}, {report.Metadata.Published}",
            Extensions = [new HtmlEditionExtension(report.Survey, rendered.Templates.Theme.Chart.Wording(rendered.Templates.Strings))],
        };
    }
}
