using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Inlines;

public sealed class AutolinkInlineRenderer : LayoutObjectRenderer<AutolinkInline>
{
    protected override void Write(LayoutRenderer renderer, AutolinkInline link)
    {
        var uri = link.IsEmail ? "mailto:" + link.Url : link.Url;
        renderer.PushStyle(s => s with { LinkUri = uri });
        renderer.Span(link.Url);
        renderer.PopStyle();
    }
}
