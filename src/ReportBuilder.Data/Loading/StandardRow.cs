using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Data.Loading;

/// <summary>A row of <c>standards.csv</c> whose values were all readable.</summary>
internal sealed record StandardRow(
    string Id, int Domain, string DomainName, string Name, string Statement, JudgedOn JudgedOn, Rating Rating, bool Scored, CsvRow Row)
{
    /// <summary>The rating cell reads <c>Not rated</c>; <see cref="Rating"/> is then meaningless.</summary>
    public bool NotRated { get; init; }
}
