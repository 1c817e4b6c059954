using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

public sealed class LinkReferenceDefinitionGroupRenderer : LayoutObjectRenderer<LinkReferenceDefinitionGroup>
{
    protected override void Write(LayoutRenderer renderer, LinkReferenceDefinitionGroup block) { }
}
