using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Dialect.Features.Footnotes;

/// <summary>
/// A note that cites itself, directly or through the notes it cites, would be printed inside itself without end:
/// renderers leave out the reference that closes the loop, and this rule says so at that reference.
/// </summary>
public static class FootnoteCycleRule
{
    public static void Check(MarkdownDocument document, MarkdownOrigin origin, DiagnosticBag diagnostics)
    {
        foreach (var footnote in document.Descendants<Footnote>())
            foreach (var link in footnote.Descendants<FootnoteLink>())
                if (!link.IsBackLink && Cites(link.Footnote, footnote, []))
                    diagnostics.Warning(origin.SpanOf(link), DiagnosticCodes.FootnoteCitesItself,
                        $"Footnote [^{Label(footnote)}] cites {(link.Footnote == footnote ? "itself" : $"[^{Label(link.Footnote)}], which leads back to it")}; " +
                        "notes inside notes would never end, so the reference that closes the loop is left out.");
    }

    private static string? Label(Footnote footnote) => footnote.Label?.TrimStart('^');

    /// <summary>True when <paramref name="from"/> is <paramref name="target"/> or cites it through the notes it cites.</summary>
    private static bool Cites(Footnote from, Footnote target, HashSet<Footnote> seen)
    {
        if (from == target) return true;
        if (!seen.Add(from)) return false;
        foreach (var link in from.Descendants<FootnoteLink>())
            if (!link.IsBackLink && Cites(link.Footnote, target, seen)) return true;
        return false;
    }
}
