using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Inlines;

public sealed class LiteralInlineRenderer : LayoutObjectRenderer<LiteralInline>
{
    protected override void Write(LayoutRenderer renderer, LiteralInline inline)
    {
        if (!inline.Content.IsEmpty) renderer.Span(inline.Content.ToString());
    }
}
