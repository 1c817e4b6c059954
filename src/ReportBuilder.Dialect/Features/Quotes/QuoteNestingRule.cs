using Markdig.Syntax;
using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Dialect.Features.Quotes;

/// <summary>
/// Each quotation inside another is indented again, so quotes nested deeply enough leave no width for their words and
/// the page cannot be laid out. Said here, at the quote that goes too deep, rather than by the layout engine, which knows
/// neither the file nor the line.
/// </summary>
public static class QuoteNestingRule
{
    /// <summary>The deepest nesting of quotations a page holds in every shipped theme with room for words.</summary>
    public const int MaxDepth = 20;

    public static void Check(MarkdownDocument document, MarkdownOrigin origin, DiagnosticBag diagnostics) =>
        Visit(document, 0, origin, diagnostics);

    // Depth first, but only through container blocks: a quote 200 deep (Markdig's own limit) is 200 frames at most.
    private static void Visit(ContainerBlock container, int depth, MarkdownOrigin origin, DiagnosticBag diagnostics)
    {
        foreach (var block in container)
        {
            if (block is not ContainerBlock inner) continue;
            var innerDepth = inner is QuoteBlock ? depth + 1 : depth;
            if (innerDepth > MaxDepth)
            {
                diagnostics.Error(origin.SpanOf(inner), DiagnosticCodes.QuotesNestedTooDeeply,
                    $"a quotation nested more than {MaxDepth} deep ('>' inside '>'){origin.Describe(inner)}: each level is indented again and the words " +
                    $"would have no room on the page; at most {MaxDepth} levels");
                continue; // one error for the deepest branch, not one per level below it
            }
            Visit(inner, innerDepth, origin, diagnostics);
        }
    }
}
