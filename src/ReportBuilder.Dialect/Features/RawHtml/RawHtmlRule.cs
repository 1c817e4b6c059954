using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Dialect.Features.RawHtml;

/// <summary>
/// Raw HTML is not part of the report's Markdown: neither edition prints it (the PDF has no HTML, and the HTML edition
/// must not carry a report folder's markup). Only a line break tag is allowed, which tables need.
/// </summary>
public static class RawHtmlRule
{
    public static void Check(MarkdownDocument document, MarkdownOrigin origin, DiagnosticBag diagnostics)
    {
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock html:
                    diagnostics.Warning(origin.SpanOf(html), DiagnosticCodes.RawHtml,
                        $"Raw HTML is not part of the report's Markdown and is dropped{origin.Describe(html)}.");
                    break;
                case HtmlInline inline when !IsLineBreak(inline.Tag):
                    diagnostics.Warning(origin.SpanOf(inline), DiagnosticCodes.RawHtml,
                        $"Raw HTML '{inline.Tag}' is not part of the report's Markdown and is dropped{origin.Describe(inline)}.");
                    break;
            }
        }
    }

    /// <summary>The one tag renderers keep, as a line break.</summary>
    public static bool IsLineBreak(string? tag) => tag is "<br>" or "<br/>" or "<br />";
}
