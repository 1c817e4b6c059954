using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Extensions.RatingsTable;

public sealed class LayoutRatingsTableRenderer : LayoutObjectRenderer<RatingsTableBlock>
{
    protected override void Write(LayoutRenderer renderer, RatingsTableBlock obj) => renderer.WriteChildren(obj);
}
