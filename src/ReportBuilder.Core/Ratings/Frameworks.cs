namespace ReportBuilder.Core.Ratings;

/// <summary>How a standard is rated: from the key questions of the inspected cases, or by inspectors from evidence.</summary>
public enum JudgedOn
{
    /// <summary>Rated from the band of its lowest key question (court and out-of-court case standards).</summary>
    Cases,

    /// <summary>Rated by inspectors from documents, meetings and interviews (organisational delivery, policy and provision).</summary>
    Evidence,
}

/// <summary>One standard as the framework defines it.</summary>
/// <param name="MayBeNotRated">Whether a report may print it "Not rated" (resettlement when the service had no such cases).</param>
public sealed record FrameworkStandard(string Id, int Domain, string Name, JudgedOn JudgedOn, bool Scored, bool MayBeNotRated = false);

/// <summary>An inspection framework: its standards, which ones are judged on cases and which ones count towards the score.</summary>
public sealed record Framework(string Id, string Name, IReadOnlyList<FrameworkStandard> Standards)
{
    public FrameworkStandard? Find(string standardId) => Standards.FirstOrDefault(s => s.Id == standardId);

    /// <summary>Whether the framework scores this standard. Resettlement never counts; an unknown id is not scored.</summary>
    public bool Scores(string standardId) => Find(standardId)?.Scored ?? false;

    public int MaximumScore => RatingRules.MaximumScore(Standards.Count(s => s.Scored));
}

/// <summary>The frameworks ReportBuilder knows, by id (the <c>framework</c> line of a template's <c>template.yaml</c>).</summary>
public static class Frameworks
{
    /// <summary>The 2021 framework: 12 scored standards plus resettlement policy and provision (4.1), rated but never scored.</summary>
    public static Framework Youth2021 { get; } = new("hmip-youth-2021", "Youth offending services inspection framework (2021)",
    [
        new("1.1", 1, "Governance and leadership", JudgedOn.Evidence, true),
        new("1.2", 1, "Staff", JudgedOn.Evidence, true),
        new("1.3", 1, "Partnerships and services", JudgedOn.Evidence, true),
        new("1.4", 1, "Information and facilities", JudgedOn.Evidence, true),
        new("2.1", 2, "Assessment", JudgedOn.Cases, true),
        new("2.2", 2, "Planning", JudgedOn.Cases, true),
        new("2.3", 2, "Implementation and delivery", JudgedOn.Cases, true),
        new("2.4", 2, "Reviewing", JudgedOn.Cases, true),
        new("3.1", 3, "Assessment", JudgedOn.Cases, true),
        new("3.2", 3, "Planning", JudgedOn.Cases, true),
        new("3.3", 3, "Implementation and delivery", JudgedOn.Cases, true),
        new("3.4", 3, "Out-of-court disposal policy and provision", JudgedOn.Evidence, true),
        new("4.1", 4, "Resettlement policy and provision", JudgedOn.Evidence, false, MayBeNotRated: true),
    ]);

    /// <summary>The 2018 framework: 12 scored standards, 3.4 "Joint working" judged on cases, no resettlement standard.</summary>
    public static Framework Youth2018 { get; } = new("hmip-youth-2018", "Youth offending services inspection framework (2018)",
    [
        new("1.1", 1, "Governance and leadership", JudgedOn.Evidence, true),
        new("1.2", 1, "Staff", JudgedOn.Evidence, true),
        new("1.3", 1, "Partnerships and services", JudgedOn.Evidence, true),
        new("1.4", 1, "Information and facilities", JudgedOn.Evidence, true),
        new("2.1", 2, "Assessment", JudgedOn.Cases, true),
        new("2.2", 2, "Planning", JudgedOn.Cases, true),
        new("2.3", 2, "Implementation and delivery", JudgedOn.Cases, true),
        new("2.4", 2, "Reviewing", JudgedOn.Cases, true),
        new("3.1", 3, "Assessment", JudgedOn.Cases, true),
        new("3.2", 3, "Planning", JudgedOn.Cases, true),
        new("3.3", 3, "Implementation and delivery", JudgedOn.Cases, true),
        new("3.4", 3, "Joint working", JudgedOn.Cases, true),
    ]);

    public static IReadOnlyList<Framework> All { get; } = [Youth2021, Youth2018];

    public static Framework? Find(string id) => All.FirstOrDefault(f => f.Id == id);
}
