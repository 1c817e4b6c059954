using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Extensions.Narrative;

public sealed class LayoutNarrativeRenderer : LayoutObjectRenderer<NarrativeBlock>
{
    protected override void Write(LayoutRenderer renderer, NarrativeBlock obj) => renderer.WriteChildren(obj);
}
