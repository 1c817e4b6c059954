using ReportBuilder.Dialect.Features.Containers;

namespace ReportBuilder.Dialect.Features.RatingsTable;

/// <summary>Turns <c>:::ratings-table</c> containers into <see cref="RatingsTableBlock"/>s.</summary>
public sealed class RatingsTableExtension() : ContainerBlockExtension<RatingsTableBlock>(Name)
{
    public const string Name = "ratings-table";
}
