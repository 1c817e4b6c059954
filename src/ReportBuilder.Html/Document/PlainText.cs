using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportBuilder.Html.Document;

/// <summary>The words of a heading without markup, for the contents list and for ids.</summary>
internal static class PlainText
{
    public static string Of(LeafBlock block)
    {
        var builder = new StringBuilder();
        if (block.Inline is not null) Append(builder, block.Inline);
        return string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case FootnoteLink:
                return; // a note marker is not part of the heading's name
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                return;
            case CodeInline code:
                builder.Append(code.Content);
                return;
            case Markdig.Extensions.SmartyPants.SmartyPant quote:
                builder.Append(Dialect.Features.Quotes.TypographicQuotes.Text(quote));
                return;
            case LineBreakInline:
                builder.Append(' ');
                return;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                return;
            case ContainerInline container:
                foreach (var child in container) Append(builder, child);
                return;
        }
    }
}
