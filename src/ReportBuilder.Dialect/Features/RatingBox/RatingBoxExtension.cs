using ReportBuilder.Dialect.Features.Containers;

namespace ReportBuilder.Dialect.Features.RatingBox;

/// <summary>Turns <c>:::rating-box</c> containers into <see cref="RatingBoxBlock"/>s.</summary>
public sealed class RatingBoxExtension() : ContainerBlockExtension<RatingBoxBlock>(Name)
{
    public const string Name = "rating-box";
}
