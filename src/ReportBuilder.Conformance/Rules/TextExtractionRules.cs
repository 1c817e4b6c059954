using UglyToad.PdfPig;

namespace ReportBuilder.Conformance.Rules;

/// <summary>
/// A second opinion from an independent reader (PdfPig): the text it extracts from each page must contain no U+FFFD.
/// Only pages the font rules found clean are reported, so one fault is not counted twice.
/// </summary>
internal static class TextExtractionRules
{
    public static IEnumerable<ConformanceFailure> Check(byte[] pdf, IReadOnlySet<int> pagesAlreadyFlagged)
    {
        var failures = new List<ConformanceFailure>();
        try
        {
            using var document = PdfDocument.Open(pdf);
            foreach (var page in document.GetPages())
            {
                if (pagesAlreadyFlagged.Contains(page.Number)) continue;
                var bad = page.Letters.Where(l => l.Value.Contains('\uFFFD')).ToList();
                if (bad.Count > 0)
                    failures.Add(new(Checkpoints.NoUnicode, page.Number, $"page text (font {bad[0].FontName})", $"{bad.Count} character(s) extract as U+FFFD (PdfPig)"));
            }
        }
        catch (Exception e)
        {
            failures.Add(new(Checkpoints.NoUnicode, null, "whole file", $"PdfPig could not extract the text to cross-check it: {e.Message}"));
        }
        return failures;
    }
}
