using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Inlines;

/// <summary>A hard break (backslash or two spaces) ends the line; a soft break is a space.</summary>
public sealed class LineBreakInlineRenderer : LayoutObjectRenderer<LineBreakInline>
{
    protected override void Write(LayoutRenderer renderer, LineBreakInline inline) => renderer.Span(inline.IsHard ? "\n" : " ");
}
