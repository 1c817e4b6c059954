using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportBuilder.Dialect.Features.PageBreak;
using ReportBuilder.Dialect.Features.Sections;

namespace ReportBuilder.Html.Document;

/// <summary>
/// Writes <c>index.html</c> around a parsed report: a header with the cover, a nav with the contents, and a main
/// with one section per chapter, then the notes as a linked list. Markdig renders every block; this class only
/// decides where each block goes and which level each heading takes.
/// </summary>
/// <remarks>
/// <para>The report's Markdown has a <c>:::cover</c> holding the title (an h1), chapters as h1 too, standards as h2
/// and findings as h3. A page has one h1, so when the cover holds it every other heading goes one level down
/// (chapters h2, standards h3, findings h4), and gaps are closed (<see cref="HeadingOutline"/>).</para>
/// <para>The contents are built from the headings (those without the <c>notoc</c> class, to the contents depth),
/// placed where the Markdown has <c>:::contents</c>, under the heading written just before it. Markdown without a
/// cover gets an h1 from <see cref="HtmlEditionOptions.Title"/>, and the contents after the header.</para>
/// <para>Text that only the HTML edition has (the publisher bar, the skip link, the heading over the notes, the
/// chart's table of numbers, captions and column names the PDF shows by position) carries
/// <c>data-edition="html"</c>, so that a comparison with the PDF leaves it out by rule, not by guesswork.</para>
/// </remarks>
internal sealed class HtmlPageWriter(MarkdownPipeline pipeline, HtmlEditionOptions options)
{
    /// <summary>Ids the page itself uses; no heading gets one of them.</summary>
    public static readonly IReadOnlySet<string> ReservedIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "main", "contents", "contents-title", "notes", "notes-title", "title", "ratings-table", "survey-chart",
    };

    private const string NoContentsClass = "notoc";

    public string Write(MarkdownDocument document)
    {
        var pieceNotes = NarrativeInliner.Inline(document);
        var footnotes = FootnoteMerger.Merge(document, pieceNotes);

        var cover = document.OfType<SectionBlock>().FirstOrDefault(s => s.Kind == SectionKind.Cover);
        var contentsMarker = document.OfType<SectionBlock>().FirstOrDefault(s => s.Kind == SectionKind.Contents);
        var contentsHeading = contentsMarker is not null && document.IndexOf(contentsMarker) > 0
            ? document[document.IndexOf(contentsMarker) - 1] as HeadingBlock
            : null;
        var title = cover?.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1)
                    ?? document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (title is not null && document.Descendants<HeadingBlock>().Any(h => h != title && h.Level == 1))
        {
            foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h != title))
                heading.Level = Math.Min(heading.Level + 1, 6);
        }
        if (contentsHeading is not null) document.Remove(contentsHeading);

        var outline = HeadingOutline.Prepare(document, new HashSet<string>(ReservedIds), title is null ? 1 : 0);
        var parts = Split(document, cover, title);

        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        // Raw HTML from data never reaches the page (issue #14): the PDF drops it, and so does this edition.
        renderer.ObjectRenderers.RemoveAll(r => r is Markdig.Renderers.Html.HtmlBlockRenderer or Markdig.Renderers.Html.Inlines.HtmlInlineRenderer);
        renderer.ObjectRenderers.Add(new Markdown.Renderers.RawHtml.HtmlLineBreakOnlyRenderer());
        // Only the links the PDF makes live are live here (LinkPolicy); images print their alternative text.
        renderer.ObjectRenderers.ReplaceOrAdd<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(new Markdown.Renderers.HtmlPolicyLinkRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<Markdig.Renderers.Html.Inlines.AutolinkInlineRenderer>(new Markdown.Renderers.HtmlPolicyAutolinkRenderer());
        foreach (var extension in options.Extensions) extension.Setup(pipeline, renderer);

        writer.Write("<!DOCTYPE html>\n");
        writer.Write($"<html lang=\"{HtmlText.Escape(options.Language)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        // A second line of defence: no script and nothing loaded from outside the edition folder.
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:\">\n");
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
        if (title is null)
        {
            writer.Write($"<h1 id=\"title\">{HtmlText.Escape(options.Title)}</h1>\n");
            if (options.Subtitle is { } subtitle) writer.Write($"<p class=\"cover__subtitle\">{HtmlText.Escape(subtitle)}</p>\n");
        }
        foreach (var block in parts.Front) renderer.Render(block);
        writer.Write("</div>\n</header>\n");

        // The contents are a nav landmark between the header and main, wherever the Markdown placed its marker
        // (the report's templates place it straight after the cover, so the order is the PDF's).
        WriteContents(writer, outline, parts.Sections, contentsHeading is null ? "Contents" : PlainText.Of(contentsHeading));

        writer.Write("<main id=\"main\">\n");
        foreach (var section in parts.Sections)
        {
            var id = section.Heading?.GetAttributes().Id;
            writer.Write(id is null ? $"<section class=\"{section.CssClass}\">\n" : $"<section class=\"{section.CssClass}\" aria-labelledby=\"{id}\">\n");
            foreach (var block in section.Blocks) renderer.Render(block);
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

    /// <summary>A section of main: the heading that names it (null for none) and its blocks in order.</summary>
    private sealed record Section(HeadingBlock? Heading, List<Block> Blocks, string CssClass);

    private sealed record Parts(List<Block> Front, List<Section> Sections);

    /// <summary>
    /// The cover's blocks go to the header; each chapter heading opens a section; a top-level front-matter section
    /// (the inside cover) is a section of its own; the contents marker stands alone so the nav can take its place.
    /// </summary>
    private Parts Split(MarkdownDocument document, SectionBlock? cover, HeadingBlock? title)
    {
        var front = new List<Block>();
        var sections = new List<Section>();
        foreach (var block in document)
        {
            if (block == cover)
            {
                front.AddRange(cover);
                continue;
            }
            if (cover is null && sections.Count == 0 && !(block is HeadingBlock h && h != title && h.Level <= options.ChapterLevel))
            {
                front.Add(block); // no cover: everything before the first chapter is the cover
                continue;
            }
            switch (block)
            {
                case HeadingBlock heading when heading != title && heading.Level <= options.ChapterLevel:
                    sections.Add(new Section(heading, [heading], "chapter"));
                    break;
                case SectionBlock { Kind: SectionKind.Contents }:
                    break; // the page writes the contents itself
                case SectionBlock { Kind: SectionKind.InsideCover } inside:
                    sections.Add(new Section(inside.Descendants<HeadingBlock>().FirstOrDefault(), [block], "inside-cover"));
                    sections.Add(new Section(null, [], "chapter"));
                    break;
                case PageBreakBlock:
                    break;
                default:
                    if (sections.Count == 0) sections.Add(new Section(null, [], "chapter"));
                    sections[^1].Blocks.Add(block);
                    break;
            }
        }
        sections.RemoveAll(s => s.Blocks.Count == 0);
        return new Parts(front, sections);
    }

    private void WriteContents(StringWriter writer, IReadOnlyList<OutlineEntry> outline, List<Section> sections, string heading)
    {
        // Only headings inside main are listed (the cover's h1 is the page itself), and none marked notoc.
        var inSections = new HashSet<HeadingBlock>(sections.SelectMany(c => c.Blocks).SelectMany(HeadingsIn));
        var entries = outline
            .Where(e => inSections.Contains(e.Heading) && e.Level <= options.ContentsDepth)
            .Where(e => e.Heading.TryGetAttributes()?.Classes?.Contains(NoContentsClass) != true)
            .ToList();
        if (entries.Count == 0) return;

        writer.Write("<nav class=\"contents\" id=\"contents\" aria-labelledby=\"contents-title\">\n");
        writer.Write($"<h2 id=\"contents-title\">{HtmlText.Escape(heading)}</h2>\n");
        var open = 0;
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
