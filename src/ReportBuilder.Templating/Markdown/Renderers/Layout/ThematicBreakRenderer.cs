using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

public sealed class ThematicBreakRenderer : LayoutObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(LayoutRenderer renderer, ThematicBreakBlock block) =>
        renderer.Item().PaddingVertical(6).Rule(0.75, renderer.Theme.Tables.BorderColour);
}
