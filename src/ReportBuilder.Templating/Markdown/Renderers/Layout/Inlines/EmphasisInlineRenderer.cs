using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Inlines;

/// <summary><c>*italic*</c> and <c>**bold**</c>.</summary>
public sealed class EmphasisInlineRenderer : LayoutObjectRenderer<EmphasisInline>
{
    protected override void Write(LayoutRenderer renderer, EmphasisInline inline)
    {
        var bold = inline.DelimiterCount >= 2;
        renderer.PushStyle(s => bold ? s with { Bold = true } : s with { Italic = true });
        renderer.WriteChildren(inline);
        renderer.PopStyle();
    }
}
