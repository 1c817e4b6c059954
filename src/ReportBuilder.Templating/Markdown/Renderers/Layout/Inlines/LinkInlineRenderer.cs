using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Inlines;

/// <summary>Links: <c>#anchor</c> to a place in the document, anything else an external address. Images print their alternative text.</summary>
public sealed class LinkInlineRenderer : LayoutObjectRenderer<LinkInline>
{
    protected override void Write(LayoutRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        if (link.IsImage)
        {
            renderer.WriteChildren(link);
            return;
        }
        if (url.StartsWith('#')) renderer.PushStyle(s => s with { LinkAnchor = url[1..] });
        else if (Uri.TryCreate(url, UriKind.Absolute, out _)) renderer.PushStyle(s => s with { LinkUri = url });
        else renderer.PushStyle(s => s);
        renderer.WriteChildren(link);
        renderer.PopStyle();
    }
}
