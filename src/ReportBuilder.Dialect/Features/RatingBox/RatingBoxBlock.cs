using Markdig.Extensions.CustomContainers;

namespace ReportBuilder.Dialect.Features.RatingBox;

/// <summary>
/// <c>:::rating-box outstanding</c>: a standard's statement in a box, with its rating word and symbol beside it.
/// The argument is the rating's key (<c>outstanding</c>, <c>good</c>, <c>requires-improvement</c>, <c>inadequate</c>).
/// </summary>
public sealed class RatingBoxBlock() : CustomContainer(null!)
{
    public string RatingKey => (Arguments ?? "").Trim();
}
