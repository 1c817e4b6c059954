using Markdig.Syntax.Inlines;
using ReportBuilder.Core.Links;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Inlines;

/// <summary><c>&lt;https://…&gt;</c> and <c>&lt;name@host&gt;</c>: live when <see cref="LinkPolicy"/> allows the address, else text.</summary>
public sealed class AutolinkInlineRenderer : LayoutObjectRenderer<AutolinkInline>
{
    protected override void Write(LayoutRenderer renderer, AutolinkInline link)
    {
        var decision = LinkPolicy.Judge(link.IsEmail ? "mailto:" + link.Url : link.Url);
        if (decision.Kind is LinkKind.Web or LinkKind.Mail) renderer.PushStyle(s => s with { LinkUri = decision.Target });
        else renderer.PushStyle(s => s);
        renderer.Span(link.Url);
        renderer.PopStyle();
    }
}
