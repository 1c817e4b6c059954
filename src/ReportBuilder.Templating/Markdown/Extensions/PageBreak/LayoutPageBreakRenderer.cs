using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Extensions.PageBreak;

public sealed class LayoutPageBreakRenderer : LayoutObjectRenderer<PageBreakBlock>
{
    protected override void Write(LayoutRenderer renderer, PageBreakBlock obj) => renderer.WriteChildren(obj);
}
