using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportBuilder.Dialect.Features.Footnotes;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Footnotes;

public sealed class FootnoteLinkRenderer : LayoutObjectRenderer<FootnoteLink>
{
    /// <summary>The notes being written, outermost first: a note citing itself (or a cycle of notes) would nest without end.</summary>
    private readonly HashSet<Footnote> _open = [];

    protected override void Write(LayoutRenderer renderer, FootnoteLink link)
    {
        // The inner reference of a note that cites itself is left out (MarkdownChecks warns, RB0509).
        if (link.IsBackLink || !_open.Add(link.Footnote)) return;
        try
        {
            var paragraph = renderer.Paragraph!;
            paragraph.Footnote(note => renderer.WithFreshStyle(() =>
            {
                var first = true;
                foreach (var block in link.Footnote.OfType<LeafBlock>())
                {
                    if (!first) note.Span(" ");
                    renderer.WriteInlines(note, block);
                    first = false;
                }
            }));
        }
        finally
        {
            _open.Remove(link.Footnote);
        }
    }
}
