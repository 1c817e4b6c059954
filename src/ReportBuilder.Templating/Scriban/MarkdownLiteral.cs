using System.Text;
using ReportBuilder.Core.Links;

namespace ReportBuilder.Templating.Scriban;

/// <summary>The one escaping of data for the Markdown that templates write: a value reads back as exactly its own text.</summary>
public static class MarkdownLiteral
{
    /// <summary>
    /// Backslash-escapes every character that Markdown or our dialect reads as markup (emphasis, links, images, raw
    /// HTML, entities, tables, code, headings, footnotes, <c>:::</c> containers, <c>{…}</c> attributes); a value that
    /// begins like a list item or a rule (<c>-</c>, <c>+</c>, <c>=</c>, <c>1.</c>) has that start escaped; line
    /// breaks and tabs become a space, so a value can never start a block of its own. A plain web address is left as it is.
    /// </summary>
    /// <example>"a|b *c*" → "a\|b \*c\*"; "x\n:::\n# y" → "x \:\:\: \# y"</example>
    public static string Escape(string text)
    {
        if (IsPlainWebAddress(text)) return text;
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n' or '\t')
            {
                // A run of line breaks and tabs is one space: a value stays one line of text.
                if (i == 0 || text[i - 1] is not ('\r' or '\n' or '\t')) sb.Append(' ');
                continue;
            }
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '`' or '#' or '~' or ':' or '{' or '}' or '^' or '&'
                || (i == 0 && c is '-' or '+' or '=')
                || (c is '.' or ')' && IsLeadingNumber(text, i) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// A well-formed http(s) address with none of the characters that could mean emphasis or a label reads back as
    /// itself; written as it is, so that it also works as a link's destination (<c>[text]({{ inspection.data_annexe }})</c>).
    /// Well-formed excludes spaces, line breaks, quotes, brackets, braces, angle brackets and backslashes.
    /// </summary>
    private static bool IsPlainWebAddress(string text) =>
        text.StartsWith("http", StringComparison.Ordinal)
        && LinkPolicy.Judge(text) is { Kind: LinkKind.Web } decision && decision.Target == text
        && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.IsWellFormedOriginalString()
        && text.AsSpan().IndexOfAny("*_~()") < 0 && !text.Contains("::", StringComparison.Ordinal);

    /// <summary>True when every character before <paramref name="index"/> is a digit: "12. " would start a numbered list ("1.1" cannot).</summary>
    private static bool IsLeadingNumber(string text, int index)
    {
        if (index == 0) return false;
        for (var i = 0; i < index; i++)
            if (!char.IsAsciiDigit(text[i])) return false;
        return true;
    }
}
