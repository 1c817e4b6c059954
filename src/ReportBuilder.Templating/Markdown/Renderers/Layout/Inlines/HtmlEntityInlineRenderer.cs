using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Inlines;

public sealed class HtmlEntityInlineRenderer : LayoutObjectRenderer<HtmlEntityInline>
{
    protected override void Write(LayoutRenderer renderer, HtmlEntityInline inline) => renderer.Span(inline.Transcoded.ToString());
}
