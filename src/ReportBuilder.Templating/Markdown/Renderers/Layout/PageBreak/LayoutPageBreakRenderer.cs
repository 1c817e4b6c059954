using ReportBuilder.Dialect.Features.PageBreak;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.PageBreak;

public sealed class LayoutPageBreakRenderer : LayoutObjectRenderer<PageBreakBlock>
{
    protected override void Write(LayoutRenderer renderer, PageBreakBlock block)
    {
        renderer.BreakPage();
        renderer.WriteChildren(block);
    }
}
