using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Extensions.Sections;

public sealed class LayoutSectionRenderer : LayoutObjectRenderer<SectionBlock>
{
    protected override void Write(LayoutRenderer renderer, SectionBlock obj) => renderer.WriteChildren(obj);
}
