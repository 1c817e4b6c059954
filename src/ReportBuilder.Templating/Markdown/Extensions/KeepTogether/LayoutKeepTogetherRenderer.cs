using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Extensions.KeepTogether;

public sealed class LayoutKeepTogetherRenderer : LayoutObjectRenderer<KeepTogetherBlock>
{
    protected override void Write(LayoutRenderer renderer, KeepTogetherBlock obj) => renderer.WriteChildren(obj);
}
