namespace ReportBuilder.Core.Ratings;

/// <summary>One standard as the framework defines it.</summary>
/// <param name="Id">The number as printed, <c>2.1</c>: the domain, a dot, the standard's place in it.</param>
/// <param name="MayBeNotRated">Whether a report may print it "Not rated" (resettlement when the service had no such cases).</param>
public sealed record FrameworkStandard(string Id, int Domain, string Name, JudgedOn JudgedOn, bool Scored, bool MayBeNotRated = false)
{
    /// <summary>The standard's statement as the framework words it (optional; a report's <c>standards.csv</c> prints its own).</summary>
    public string? Statement { get; init; }
}
