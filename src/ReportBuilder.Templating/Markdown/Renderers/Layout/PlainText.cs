using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

/// <summary>The text of a heading or paragraph without markup, for contents entries and comparisons.</summary>
public static class PlainText
{
    public static string Of(LeafBlock block)
    {
        var sb = new System.Text.StringBuilder();
        if (block.Inline is null) return "";
        foreach (var inline in block.Inline.Descendants<Markdig.Syntax.Inlines.Inline>())
        {
            switch (inline)
            {
                case Markdig.Syntax.Inlines.LiteralInline l: sb.Append(l.Content.ToString()); break;
                case Markdig.Extensions.SmartyPants.SmartyPant q: sb.Append(Dialect.Features.Quotes.TypographicQuotes.Text(q)); break;
                case Markdig.Syntax.Inlines.CodeInline c: sb.Append(c.Content); break;
                case Markdig.Syntax.Inlines.LineBreakInline: sb.Append(' '); break;
                case Markdig.Syntax.Inlines.HtmlEntityInline e: sb.Append(e.Transcoded.ToString()); break;
            }
        }
        return sb.ToString().Trim();
    }
}
