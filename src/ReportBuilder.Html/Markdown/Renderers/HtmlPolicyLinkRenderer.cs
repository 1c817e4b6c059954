using Markdig.Renderers;
using Markdig.Syntax.Inlines;
using ReportBuilder.Core.Links;

namespace ReportBuilder.Html.Markdown.Renderers;

/// <summary>
/// Links in the HTML edition: live only when <see cref="LinkPolicy"/> allows the target (the PDF asks the same
/// policy), otherwise the link's text alone. An image prints its alternative text, as in the PDF: an
/// <c>&lt;img src&gt;</c> would make the reader's browser fetch from wherever the data points.
/// </summary>
public sealed class HtmlPolicyLinkRenderer : Markdig.Renderers.Html.Inlines.LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage || !LinkPolicy.IsAllowed(link.GetDynamicUrl?.Invoke() ?? link.Url))
        {
            renderer.WriteChildren(link);
            return;
        }
        base.Write(renderer, link);
    }
}

/// <summary>Autolinks (<c>&lt;scheme:…&gt;</c>) in the HTML edition: live only when <see cref="LinkPolicy"/> allows them.</summary>
public sealed class HtmlPolicyAutolinkRenderer : Markdig.Renderers.Html.Inlines.AutolinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        if (!LinkPolicy.IsAllowed(link.IsEmail ? "mailto:" + link.Url : link.Url))
        {
            renderer.WriteEscape(link.Url);
            return;
        }
        base.Write(renderer, link);
    }
}
