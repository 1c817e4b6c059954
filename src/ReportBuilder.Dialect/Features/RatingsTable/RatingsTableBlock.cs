using Markdig.Extensions.CustomContainers;

namespace ReportBuilder.Dialect.Features.RatingsTable;

/// <summary><c>:::ratings-table</c> around a pipe table: the ratings page. The first row is the heading band; a row whose last cell is empty is a domain row (shaded, bold).</summary>
public sealed class RatingsTableBlock() : CustomContainer(null!)
{
}
