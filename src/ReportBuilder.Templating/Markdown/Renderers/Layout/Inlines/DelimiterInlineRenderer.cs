using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Inlines;

/// <summary>An unmatched delimiter (a lone <c>*</c>) is text.</summary>
public sealed class DelimiterInlineRenderer : LayoutObjectRenderer<DelimiterInline>
{
    protected override void Write(LayoutRenderer renderer, DelimiterInline inline)
    {
        renderer.Span(inline.ToLiteral());
        renderer.WriteChildren(inline);
    }
}

/// <summary>
/// A footnote reference: the engine numbers it in document order and sets its text at the foot of the page that
/// cites it. Markdig's back links (in the footnote's own text) are left out.
/// </summary>
