using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Footnotes;

/// <summary>Footnote texts are placed at the foot of the page by their references, not where Markdig collects them.</summary>
public sealed class FootnoteGroupRenderer : LayoutObjectRenderer<FootnoteGroup>
{
    protected override void Write(LayoutRenderer renderer, FootnoteGroup block) { }
}
