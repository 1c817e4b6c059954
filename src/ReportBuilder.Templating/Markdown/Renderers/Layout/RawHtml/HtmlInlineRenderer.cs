using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportBuilder.Dialect.Features.RawHtml;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.RawHtml;

/// <summary>Raw inline HTML is dropped, except <c>&lt;br&gt;</c>, which breaks the line (used in table cells).</summary>
public sealed class HtmlInlineRenderer : LayoutObjectRenderer<HtmlInline>
{
    protected override void Write(LayoutRenderer renderer, HtmlInline inline)
    {
        if (RawHtmlRule.IsLineBreak(inline.Tag)) renderer.Span("\n");
    }
}
