using Markdig.Extensions.CustomContainers;

namespace ReportBuilder.Dialect.Features.RatingLabel;

/// <summary>
/// <c>::Outstanding::{.rating .rating-outstanding}</c> (written by <c>report.rating</c>): a rating word printed in its
/// colour with its symbol beside it. Under HTML it stays the <c>&lt;span class="rating rating-outstanding"&gt;</c> it was.
/// </summary>
public sealed class RatingLabelInline : CustomContainerInline
{
    public string RatingKey { get; internal set; } = "";
}
