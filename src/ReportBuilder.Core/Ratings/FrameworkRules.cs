namespace ReportBuilder.Core.Ratings;

/// <summary>A rule a framework breaks; <see cref="StandardIndex"/> says which standard, when it is one.</summary>
public sealed record FrameworkProblem(int? StandardIndex, string Message);

/// <summary>
/// What makes a framework usable by the rating rules, checked when its file is read: so a new framework is a new
/// folder, and a mistake in it is an error at its line rather than a wrong rating in print.
/// </summary>
public static class FrameworkRules
{
    public static IReadOnlyList<FrameworkProblem> Validate(Framework framework)
    {
        var problems = new List<FrameworkProblem>();
        if (framework.Standards.Count == 0) problems.Add(new(null, "a framework has at least one standard"));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < framework.Standards.Count; i++)
        {
            var s = framework.Standards[i];
            if (!seen.Add(s.Id)) problems.Add(new(i, $"standard {s.Id} is defined twice"));
            var dot = s.Id.IndexOf('.');
            if (dot <= 0 || !int.TryParse(s.Id[..dot], out var domain) || !int.TryParse(s.Id[(dot + 1)..], out var place) || place < 1)
                problems.Add(new(i, $"standard id '{s.Id}' is not a domain and a number, such as 2.1"));
            else if (domain != s.Domain)
                problems.Add(new(i, $"standard {s.Id} is in domain {domain} by its id, not {s.Domain}"));
            // A scored standard left unrated would leave the total unknown: only an unscored one may be not rated.
            if (s.MayBeNotRated && s.Scored)
                problems.Add(new(i, $"standard {s.Id} is scored, so it may not be 'Not rated'"));
        }
        var b = framework.Bands;
        if (!(b.OutstandingFromPercent > b.GoodFromPercent && b.GoodFromPercent > b.RequiresImprovementFromPercent
              && b.RequiresImprovementFromPercent > 0 && b.OutstandingFromPercent <= 100))
            problems.Add(new(null, "the percentage bands must fall from outstanding to requires improvement, within 1 to 100"));
        if (!(b.OutstandingFromTotal > b.GoodFromTotal && b.GoodFromTotal > b.RequiresImprovementFromTotal
              && b.RequiresImprovementFromTotal > 0 && b.OutstandingFromTotal <= 36))
            problems.Add(new(null, "the score bands must fall from outstanding to requires improvement, within 1 to 36"));
        return problems;
    }
}
