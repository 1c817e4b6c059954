using ReportBuilder.Templating.Markdown.Extensions.Containers;

namespace ReportBuilder.Templating.Markdown.Extensions.RatingBox;

/// <summary>Turns <c>:::rating-box</c> containers into <see cref="RatingBoxBlock"/>s.</summary>
public sealed class RatingBoxExtension() : ContainerBlockExtension<RatingBoxBlock, LayoutRatingBoxRenderer>(Name)
{
    public const string Name = "rating-box";
}
