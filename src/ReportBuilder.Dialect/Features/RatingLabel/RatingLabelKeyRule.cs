using Markdig.Syntax;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Dialect.Features.RatingLabel;

/// <summary>
/// A rating label (<c>::Good::{.rating .rating-good}</c>) whose key is no rating's (<see cref="RatingKeys"/>), nor
/// <see cref="RatingKeys.NotRated"/>, which the ratings table prints as a label.
/// </summary>
public static class RatingLabelKeyRule
{
    public static void Check(MarkdownDocument document, MarkdownOrigin origin, DiagnosticBag diagnostics)
    {
        foreach (var label in document.Descendants<RatingLabelInline>())
            if (RatingKeys.FromKey(label.RatingKey) is null && label.RatingKey != RatingKeys.NotRated)
                diagnostics.Error(origin.SpanOf(label), DiagnosticCodes.UnknownRatingKey,
                    $"Unknown rating '{label.RatingKey}': expected {RatingKeys.Listed}{origin.Describe(label)}.");
    }
}
