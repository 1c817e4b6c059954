using Markdig.Syntax;
using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Dialect.Features.Narrative;

/// <summary>A <c>:::narrative key</c> block naming a text that does not exist: a template bug (templates use <c>report.narrative</c>).</summary>
public static class NarrativeReferenceRule
{
    public static void Check(MarkdownDocument document, MarkdownOrigin origin, NarrativeDocuments pieces, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<NarrativeBlock>())
            if (!pieces.ContainsKey(block.Key))
                diagnostics.Error(origin.SpanOf(block), DiagnosticCodes.UnknownNarrative,
                    $"':::{NarrativeExtension.Name} {block.Key}' names no narrative text; use report.narrative in templates{origin.Describe(block)}.");
    }
}
