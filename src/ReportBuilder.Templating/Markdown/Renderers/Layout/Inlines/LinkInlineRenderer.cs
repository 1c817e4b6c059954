using Markdig.Syntax.Inlines;
using ReportBuilder.Core.Links;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Inlines;

/// <summary>
/// Links: <c>#anchor</c> to a place in the document, an address that <see cref="LinkPolicy"/> allows as a
/// <c>/URI</c> action; any other target prints the link's text only. Images print their alternative text.
/// </summary>
public sealed class LinkInlineRenderer : LayoutObjectRenderer<LinkInline>
{
    protected override void Write(LayoutRenderer renderer, LinkInline link)
    {
        if (link.IsImage)
        {
            renderer.WriteChildren(link);
            return;
        }
        var decision = LinkPolicy.Judge(link.GetDynamicUrl?.Invoke() ?? link.Url);
        if (decision.Kind == LinkKind.InDocument) renderer.PushStyle(s => s with { LinkAnchor = decision.Target[1..] });
        else if (decision.Allowed) renderer.PushStyle(s => s with { LinkUri = decision.Target });
        else renderer.PushStyle(s => s);
        renderer.WriteChildren(link);
        renderer.PopStyle();
    }
}
