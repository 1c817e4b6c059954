using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Inlines;

public sealed class FootnoteLinkRenderer : LayoutObjectRenderer<FootnoteLink>
{
    protected override void Write(LayoutRenderer renderer, FootnoteLink link)
    {
        if (link.IsBackLink) return;
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
}
