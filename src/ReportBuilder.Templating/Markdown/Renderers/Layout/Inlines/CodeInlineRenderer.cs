using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Inlines;

/// <summary>Code spans are printed as plain text: reports have no code.</summary>
public sealed class CodeInlineRenderer : LayoutObjectRenderer<CodeInline>
{
    protected override void Write(LayoutRenderer renderer, CodeInline inline) => renderer.Span(inline.Content);
}
