using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportBuilder.Html.Document;

/// <summary>
/// Writes <c>index.html</c> around a parsed report: a header with the title, a nav with the contents, and a main
/// with one section per chapter, then the footnotes as a linked list. Markdig renders every block; this class only
/// decides where each block goes.
/// </summary>
/// <remarks>
/// Text that only the HTML edition has (the publisher bar, the skip link, the heading over the notes, the
/// chart's table of numbers) carries <c>data-edition="html"</c>, so that a comparison with the PDF can leave it
/// out by rule rather than by guesswork.
/// </remarks>
internal sealed class HtmlPageWriter(MarkdownPipeline pipeline, HtmlEditionOptions options)
{
    /// <summary>Ids the page itself uses; no heading gets one of them.</summary>
    public static readonly IReadOnlySet<string> ReservedIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "main", "contents", "contents-title", "notes", "notes-title", "title",
    };

    public string Write(MarkdownDocument document)
    {
        var footnotes = TakeFootnotes(document);
        var hasTitle = document.OfType<HeadingBlock>().Any(h => h.Level == 1);
        var outline = HeadingOutline.Prepare(document, new HashSet<string>(ReservedIds), hasTitle ? 0 : 1);
        var (front, chapters) = SplitChapters(document);

        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        foreach (var extension in options.Extensions) extension.Setup(pipeline, renderer);

        writer.Write("<!DOCTYPE html>\n");
        writer.Write($"<html lang=\"{HtmlText.Escape(options.Language)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write($"<title>{HtmlText.Escape(PageTitle())}</title>\n");
        writer.Write("<link rel=\"stylesheet\" href=\"report.css\">\n</head>\n<body>\n");
        writer.Write("<a class=\"skip-link\" href=\"#main\" data-edition=\"html\">Skip to main content</a>\n");

        writer.Write("<header class=\"masthead\">\n");
        if (options.Organisation is { } organisation)
        {
            writer.Write($"<div class=\"masthead__bar\" data-edition=\"html\"><p class=\"masthead__organisation\">{HtmlText.Escape(organisation)}</p></div>\n");
        }
        writer.Write("<div class=\"cover\">\n");
        if (!hasTitle)
        {
            writer.Write($"<h1 id=\"title\">{HtmlText.Escape(options.Title)}</h1>\n");
            if (options.Subtitle is { } subtitle) writer.Write($"<p class=\"cover__subtitle\">{HtmlText.Escape(subtitle)}</p>\n");
        }
        foreach (var block in front) renderer.Render(block);
        writer.Write("</div>\n</header>\n");

        WriteContents(writer, outline, chapters);

        writer.Write("<main id=\"main\">\n");
        foreach (var chapter in chapters)
        {
            var id = chapter.Heading.GetAttributes().Id;
            writer.Write($"<section class=\"chapter\" aria-labelledby=\"{id}\">\n");
            foreach (var block in chapter.Blocks) renderer.Render(block);
            writer.Write("</section>\n");
        }
        if (footnotes is not null)
        {
            writer.Write("<section class=\"notes\" aria-labelledby=\"notes-title\" id=\"notes\">\n");
            writer.Write($"<h2 id=\"notes-title\" data-edition=\"html\">{HtmlText.Escape(options.NotesHeading)}</h2>\n");
            renderer.Render(footnotes);
            writer.Write("</section>\n");
        }
        writer.Write("</main>\n</body>\n</html>\n");
        writer.Flush();
        return writer.ToString();
    }

    private string PageTitle() =>
        options.Organisation is { } organisation && !options.Title.Contains(organisation, StringComparison.Ordinal)
            ? $"{options.Title} – {organisation}"
            : options.Title;

    /// <summary>A chapter: the heading that opens it and every block up to the next chapter heading.</summary>
    private sealed record Chapter(HeadingBlock Heading, List<Block> Blocks);

    /// <summary>Markdig appends the footnotes as one group at the end; the page places that group itself.</summary>
    private static FootnoteGroup? TakeFootnotes(MarkdownDocument document)
    {
        var group = document.OfType<FootnoteGroup>().FirstOrDefault();
        if (group is null || group.Count == 0) return null;
        document.Remove(group);
        return group;
    }

    private (List<Block> Front, List<Chapter> Chapters) SplitChapters(MarkdownDocument document)
    {
        var front = new List<Block>();
        var chapters = new List<Chapter>();
        foreach (var block in document)
        {
            if (block is HeadingBlock heading && heading.Level > 1 && heading.Level <= options.ChapterLevel)
            {
                chapters.Add(new Chapter(heading, [heading]));
            }
            else if (chapters.Count == 0)
            {
                front.Add(block);
            }
            else
            {
                chapters[^1].Blocks.Add(block);
            }
        }
        return (front, chapters);
    }

    private void WriteContents(StringWriter writer, IReadOnlyList<OutlineEntry> outline, List<Chapter> chapters)
    {
        // Only headings inside chapters are listed: the cover's h1 is the page itself.
        var inChapters = new HashSet<HeadingBlock>(chapters.SelectMany(c => c.Blocks).SelectMany(HeadingsIn));
        var entries = outline.Where(e => inChapters.Contains(e.Heading) && e.Level <= options.ContentsDepth).ToList();
        if (entries.Count == 0) return;

        writer.Write("<nav class=\"contents\" id=\"contents\" aria-labelledby=\"contents-title\">\n");
        writer.Write("<h2 id=\"contents-title\">Contents</h2>\n");
        var open = 0; // lists currently open
        var level = entries[0].Level - 1;
        foreach (var entry in entries)
        {
            if (entry.Level > level)
            {
                for (; level < entry.Level; level++) { writer.Write(open == 0 ? "<ol class=\"contents__list\">\n" : "\n<ol>\n"); open++; }
            }
            else
            {
                writer.Write("</li>\n");
                for (; level > entry.Level && open > 1; level--) { writer.Write("</ol>\n</li>\n"); open--; }
            }
            writer.Write($"<li><a href=\"#{entry.Id}\">{HtmlText.Escape(entry.Text)}</a>");
        }
        writer.Write("</li>\n");
        for (; open > 1; open--) writer.Write("</ol>\n</li>\n");
        writer.Write("</ol>\n</nav>\n");
    }

    private static IEnumerable<HeadingBlock> HeadingsIn(Block block) => block switch
    {
        HeadingBlock heading => [heading],
        ContainerBlock container => container.Descendants<HeadingBlock>(),
        _ => [],
    };
}
