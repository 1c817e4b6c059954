using ReportBuilder.Templating.Markdown.Extensions.Containers;

namespace ReportBuilder.Templating.Markdown.Extensions.RatingsTable;

/// <summary>Turns <c>:::ratings-table</c> containers into <see cref="RatingsTableBlock"/>s.</summary>
public sealed class RatingsTableExtension() : ContainerBlockExtension<RatingsTableBlock, LayoutRatingsTableRenderer>(Name)
{
    public const string Name = "ratings-table";
}
