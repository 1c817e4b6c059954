using Markdig.Syntax;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Dialect.Features.RatingBox;

/// <summary>A <c>:::rating-box key</c> whose key is no rating's (<see cref="RatingKeys"/>). "Not rated" is never a box: a not-rated standard has none.</summary>
public static class RatingBoxKeyRule
{
    public static void Check(MarkdownDocument document, MarkdownOrigin origin, DiagnosticBag diagnostics)
    {
        foreach (var box in document.Descendants<RatingBoxBlock>())
            if (RatingKeys.FromKey(box.RatingKey) is null)
                diagnostics.Error(origin.SpanOf(box), DiagnosticCodes.UnknownRatingKey,
                    $"Unknown rating '{box.RatingKey}' in :::{RatingBoxExtension.Name}: expected {RatingKeys.Listed}{origin.Describe(box)}.");
    }
}
