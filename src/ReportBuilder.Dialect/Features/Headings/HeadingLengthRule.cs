using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Dialect.Features.Quotes;

namespace ReportBuilder.Dialect.Features.Headings;

/// <summary>
/// A heading is printed three times (on its page, in the contents and as a bookmark) and kept whole with what follows
/// it: a heading as long as a chapter (a paragraph that lost its blank line, or a pasted file after a '#') costs the
/// layout and the PDF writer far more than the same words as a paragraph. Refused with the file and line instead.
/// </summary>
public static class HeadingLengthRule
{
    /// <summary>The most characters a heading may hold; the longest of the shipped reports has under 100.</summary>
    public const int MaxCharacters = 500;

    public static void Check(MarkdownDocument document, MarkdownOrigin origin, DiagnosticBag diagnostics)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var length = TextLength(heading.Inline);
            if (length <= MaxCharacters) continue;
            diagnostics.Error(origin.SpanOf(heading), DiagnosticCodes.HeadingTooLong,
                $"a heading of {length:N0} characters{origin.Describe(heading)}; a heading holds at most {MaxCharacters:N0}: " +
                "is a blank line missing after it, or is a paragraph marked with '#'?");
        }
    }

    private static long TextLength(ContainerInline? inline)
    {
        long length = 0;
        if (inline is null) return 0;
        foreach (var piece in inline.Descendants<Inline>())
            length += piece switch
            {
                LiteralInline literal => literal.Content.Length,
                CodeInline code => code.Content.Length,
                // A quote the dialect curls is one character printed, as it was one typed; a dash or ellipsis keeps its characters.
                SmartyPant pant => TypographicQuotes.Text(pant).Length,
                _ => 0,
            };
        return length;
    }
}
