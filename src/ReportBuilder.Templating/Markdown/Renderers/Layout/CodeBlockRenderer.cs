using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

/// <summary>Code has no place in a report: its text is printed as plain paragraphs.</summary>
public sealed class CodeBlockRenderer : LayoutObjectRenderer<CodeBlock>
{
    protected override void Write(LayoutRenderer renderer, CodeBlock block) =>
        renderer.Item().Paragraph(p =>
        {
            renderer.BodyText(p);
            p.Span(block.Lines.ToString());
        });
}
