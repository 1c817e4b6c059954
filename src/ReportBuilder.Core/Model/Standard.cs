using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Core.Model;

/// <summary>One key question of a case-judged standard: the question as printed and its % 'Yes'.</summary>
/// <param name="Yes">Optional: the number of 'Yes' answers the percentage came from.</param>
/// <param name="Relevant">Optional: the number of relevant cases the percentage came from.</param>
public sealed record KeyQuestion(string StandardId, string Question, decimal PercentYes, int? Yes, int? Relevant, SourceSpan Span);

/// <summary>A standard: its row of <c>standards.csv</c>, its key questions and its findings (<c>standards/&lt;id&gt;.md</c>).</summary>
/// <param name="Id"><c>1.1</c> … <c>4.1</c>.</param>
/// <param name="Domain">The domain number (the part of the id before the dot).</param>
/// <param name="StatedRating">The rating the inspectors published.</param>
/// <param name="Scored">Whether it counts towards the score (never for resettlement).</param>
/// <param name="Span">The standard's row in <c>standards.csv</c>.</param>
public sealed record Standard(
    string Id,
    int Domain,
    string DomainName,
    string Name,
    string Statement,
    JudgedOn JudgedOn,
    Rating StatedRating,
    bool Scored,
    IReadOnlyList<KeyQuestion> KeyQuestions,
    MarkdownSource Findings,
    SourceSpan Span)
{
    /// <summary>
    /// Printed "Not rated" (where the framework allows it): it has no rating, earns no points and never counts;
    /// <see cref="StatedRating"/> is then meaningless.
    /// </summary>
    public bool NotRated { get; init; }
}
