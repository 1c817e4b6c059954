using Markdig.Renderers;
using Markdig.Renderers.Html;
using ReportBuilder.Dialect.Features.Sections;

namespace ReportBuilder.Html.Markdown.Renderers.Sections;

/// <summary>
/// Front-matter sections met inside the flow: the cover and inside cover render their blocks; the contents marker
/// renders nothing, because the page writes the contents itself as a nav from the headings.
/// </summary>
/// <remarks>The page writer places top-level sections itself (the cover into the header); this renderer covers any other.</remarks>
public sealed class HtmlSectionRenderer : HtmlObjectRenderer<SectionBlock>
{
    protected override void Write(HtmlRenderer renderer, SectionBlock block)
    {
        if (block.Kind == SectionKind.Contents) return;
        renderer.WriteChildren(block);
    }
}
