using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Inlines;

public sealed class LiteralInlineRenderer : LayoutObjectRenderer<LiteralInline>
{
    protected override void Write(LayoutRenderer renderer, LiteralInline inline)
    {
        if (!inline.Content.IsEmpty) renderer.Span(inline.Content.ToString());
    }
}

/// <summary><c>*italic*</c> and <c>**bold**</c>.</summary>
public sealed class EmphasisInlineRenderer : LayoutObjectRenderer<EmphasisInline>
{
    protected override void Write(LayoutRenderer renderer, EmphasisInline inline)
    {
        var bold = inline.DelimiterCount >= 2;
        renderer.PushStyle(s => bold ? s with { Bold = true } : s with { Italic = true });
        renderer.WriteChildren(inline);
        renderer.PopStyle();
    }
}

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

/// <summary>A hard break (backslash or two spaces) ends the line; a soft break is a space.</summary>
public sealed class LineBreakInlineRenderer : LayoutObjectRenderer<LineBreakInline>
{
    protected override void Write(LayoutRenderer renderer, LineBreakInline inline) => renderer.Span(inline.IsHard ? "\n" : " ");
}

/// <summary>Code spans are printed as plain text: reports have no code.</summary>
public sealed class CodeInlineRenderer : LayoutObjectRenderer<CodeInline>
{
    protected override void Write(LayoutRenderer renderer, CodeInline inline) => renderer.Span(inline.Content);
}

/// <summary>Raw inline HTML is dropped, except <c>&lt;br&gt;</c>, which breaks the line (used in table cells).</summary>
public sealed class HtmlInlineRenderer : LayoutObjectRenderer<HtmlInline>
{
    protected override void Write(LayoutRenderer renderer, HtmlInline inline)
    {
        if (MarkdownChecks.IsLineBreak(inline.Tag)) renderer.Span("\n");
    }
}

public sealed class HtmlEntityInlineRenderer : LayoutObjectRenderer<HtmlEntityInline>
{
    protected override void Write(LayoutRenderer renderer, HtmlEntityInline inline) => renderer.Span(inline.Transcoded.ToString());
}

/// <summary>An unmatched delimiter (a lone <c>*</c>) is text.</summary>
public sealed class DelimiterInlineRenderer : LayoutObjectRenderer<DelimiterInline>
{
    protected override void Write(LayoutRenderer renderer, DelimiterInline inline)
    {
        renderer.Span(inline.ToLiteral());
        renderer.WriteChildren(inline);
    }
}

/// <summary>
/// A footnote reference: the engine numbers it in document order and sets its text at the foot of the page that
/// cites it. Markdig's back links (in the footnote's own text) are left out.
/// </summary>
public sealed class FootnoteLinkRenderer : LayoutObjectRenderer<FootnoteLink>
{
    protected override void Write(LayoutRenderer renderer, FootnoteLink link)
    {
        if (link.IsBackLink) return;
        var paragraph = renderer.Paragraph!;
        paragraph.Footnote(note => renderer.WithFreshStyle(() =>
        {
            var first = true;
            foreach (var block in link.Footnote.OfType<LeafBlock>())
            {
                if (!first) note.Span(" ");
                renderer.WriteInlines(note, block);
                first = false;
            }
        }));
    }
}
