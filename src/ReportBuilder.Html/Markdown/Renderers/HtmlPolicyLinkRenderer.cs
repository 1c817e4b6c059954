using Markdig.Renderers;
using Markdig.Syntax.Inlines;
using ReportBuilder.Core.Links;

namespace ReportBuilder.Html.Markdown.Renderers;

/// <summary>
/// Links in the HTML edition: live only when <see cref="LinkPolicy"/> allows the target (the PDF asks the same
/// policy), otherwise the link's text alone. An image is an <c>&lt;img&gt;</c> of the edition's own copy of the file
/// only when the image rule placed it (<see cref="Images.HtmlImage"/>); otherwise it prints its alternative text, as
/// in the PDF: an <c>&lt;img src&gt;</c> of the data's own address would make the browser fetch from wherever it points.
/// </summary>
public sealed class HtmlPolicyLinkRenderer : Markdig.Renderers.Html.Inlines.LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage && Images.HtmlImage.TryWrite(renderer, link)) return;
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
