using System.Security.Cryptography;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportBuilder.Dialect.Features.Narrative;
using ReportBuilder.Dialect.Features.Sections;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;
using ReportBuilder.Templating.Theming;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

/// <summary>
/// Builds the layout document around the <see cref="LayoutRenderer"/>: metadata, default styles, the cover as a
/// section of its own (no running header, no page number), then the body with its running header and page numbers.
/// </summary>
public static class LayoutDocumentComposer
{
    /// <summary>Headings at this level and above go into the contents, unless marked <c>{.notoc}</c>.</summary>
    public const int ContentsDepth = 2;

    public static Document Compose(RenderedMarkdown rendered, FontCollection fonts, Core.Diagnostics.DiagnosticBag diagnostics, DraftMarks? draft = null)
    {
        var theme = rendered.Templates.Theme;
        var environment = new LayoutEnvironment(theme, rendered.Report.Survey, diagnostics, rendered.Templates.Strings);
        AssignAnchors(rendered.Document, rendered.Narratives, environment);
        var renderer = new LayoutRenderer(environment);
        renderer.Begin(rendered.Document);

        var page = theme.Page;
        var m = rendered.Report.Metadata;
        var description = new DocumentDescription
        {
            Title = m.Title,
            Author = m.Inspectorate,
            Subject = $"{rendered.Score.ScoreText} {theme.Rating(rendered.Score.Overall).Label}: inspection of {m.Service.Name}",
            Keywords = "youth justice; inspection; " + m.Service.Area,
            Creator = "ReportBuilder",
            Language = m.Language,
            Date = new DateTimeOffset(m.Published.Year, m.Published.Month, 1, 0, 0, 0, TimeSpan.Zero),
            IdentitySeed = Seed(rendered),
        };

        var blocks = rendered.Document.ToList();
        var cover = blocks.OfType<SectionBlock>().FirstOrDefault(b => b.Kind == SectionKind.Cover);

        return Document.Create(fonts, d =>
        {
            d.Metadata(description);
            d.DefaultTextStyle(new TextStyle { FontFamily = theme.Text.Family, FontSize = theme.Text.Size, Color = theme.Text.Colour });
            for (var level = 1; level <= 4; level++)
            {
                var h = theme.Heading(level);
                d.HeadingStyle(level, new TextStyle { FontSize = h.Size, Bold = h.Bold, Color = h.Colour });
            }
            d.FootnoteStyle(new TextStyle { FontSize = theme.Footnotes.Size, Color = theme.Footnotes.Colour });
            if (theme.Footnotes.MarkSize is { } markSize) d.FootnoteMarkSize(markSize);

            draft?.AddNotesSection(d, diagnostics, page.Size, page.MarginLeft);   // [workflows] drafts open with their problems

            if (cover is not null) d.Section(s => CoverPage.Compose(s, renderer, cover, theme, draft));

            d.Section(s =>
            {
                s.Size(page.Size).Margin(page.MarginLeft, page.MarginTop, page.MarginRight, page.MarginBottom).HeaderFooterSpacing(18, 14);
                draft?.AddWatermark(s, page.Size);
                if (rendered.RunningHeader.Length > 0)
                    s.Header().Column(h =>
                    {
                        h.Item().Paragraph(p =>
                        {
                            p.Style(new TextStyle { FontSize = page.HeaderSize, Color = page.HeaderColour });
                            p.Span(rendered.RunningHeader);
                        });
                        h.Item().PaddingTop(4).Rule(0.5, theme.Tables.BorderColour);
                    });
                s.Footer().Paragraph(p =>
                {
                    p.AlignRight().Style(new TextStyle { FontSize = page.HeaderSize, Color = page.HeaderColour });
                    if (draft is not null) p.Span(draft.FooterText + "    ");
                    var parts = page.Footer.Split("{page}");
                    for (var i = 0; i < parts.Length; i++)
                    {
                        if (parts[i].Length > 0) p.Span(parts[i]);
                        if (i < parts.Length - 1) p.CurrentPageNumber();
                    }
                });
                s.Content().Column(column => renderer.WriteInto(column, blocks.Where(b => b != cover)));
            });
        });
    }

    /// <summary>
    /// A document of one plain section holding <paramref name="document"/>: for tests and previews of a piece of Markdown
    /// in the report's dialect, without cover, running heads or templates.
    /// </summary>
    public static Document ComposeFragment(MarkdownDocument document, NarrativeDocuments pieces, LayoutEnvironment environment, FontCollection fonts)
    {
        document.SetData(typeof(NarrativeDocuments), pieces);
        AssignAnchors(document, pieces, environment);
        var renderer = new LayoutRenderer(environment);
        renderer.Begin(document);
        var theme = environment.Theme;
        return Document.Create(fonts, d =>
        {
            d.Metadata(new DocumentDescription { Title = "Fragment" });
            d.DefaultTextStyle(new TextStyle { FontFamily = theme.Text.Family, FontSize = theme.Text.Size, Color = theme.Text.Colour });
            d.Section(s => s.Size(theme.Page.Size).Margin(theme.Page.MarginLeft, theme.Page.MarginTop, theme.Page.MarginRight, theme.Page.MarginBottom)
                .Content().Column(column => renderer.WriteInto(column, document)));
        });
    }

    /// <summary>
    /// Gives every heading a readable, unique anchor (<c>2-1-assessment</c>) before anything is composed, and lists
    /// the contents entries: the contents comes before the headings it links to.
    /// </summary>
    internal static void AssignAnchors(MarkdownDocument document, NarrativeDocuments pieces, LayoutEnvironment environment)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        void Visit(Block block, int shift, bool listed)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var text = PlainText.Of(heading);
                    var anchor = Unique(Slug(text), used);
                    if (!environment.Anchors.TryGetValue(heading, out var queue)) environment.Anchors[heading] = queue = new Queue<string>();
                    queue.Enqueue(anchor);
                    var level = Math.Clamp(heading.Level + shift, 1, 4);
                    var notoc = heading.TryGetAttributes()?.Classes?.Contains("notoc") == true;
                    if (listed && !notoc && level <= ContentsDepth) environment.Contents.Add(new ContentsEntry(level, text, anchor));
                    break;
                case NarrativeBlock narrative when pieces.TryGetValue(narrative.Key, out var piece):
                    var pieceShift = Narrative.LayoutNarrativeRenderer.Shift(piece.Document, narrative.Level);
                    foreach (var child in piece.Document) Visit(child, pieceShift, listed);
                    break;
                case SectionBlock section:
                    foreach (var child in section) Visit(child, shift, false);
                    break;
                case ContainerBlock container:
                    foreach (var child in container) Visit(child, shift, listed);
                    break;
            }
        }
        foreach (var block in document) Visit(block, 0, true);
    }

    private static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch)) sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "section" : slug;
    }

    private static string Unique(string slug, HashSet<string> used)
    {
        var name = slug;
        for (var i = 2; !used.Add(name); i++) name = $"{slug}-{i}";
        return name;
    }

    /// <summary>A hash of everything that decides the content, so identifiers in the PDF are stable run to run.</summary>
    private static string Seed(RenderedMarkdown rendered)
    {
        var sb = new StringBuilder(rendered.Markdown);
        foreach (var (key, piece) in rendered.Narratives.OrderBy(p => p.Key, StringComparer.Ordinal)) sb.Append('\0').Append(key).Append('\0').Append(piece.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
