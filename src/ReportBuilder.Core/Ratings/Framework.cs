namespace ReportBuilder.Core.Ratings;

/// <summary>
/// An inspection framework: its standards, which are judged on cases and which count towards the score, and its
/// bands. Frameworks are data (<c>framework.yaml</c> in a template set, read by ReportBuilder.Data); the rules that
/// apply them are here in Core (<see cref="RatingRules"/>, <see cref="FrameworkRules"/>).
/// </summary>
public sealed record Framework(string Id, string Name, IReadOnlyList<FrameworkStandard> Standards)
{
    public RatingBands Bands { get; init; } = RatingBands.Published;

    public FrameworkStandard? Find(string standardId) => Standards.FirstOrDefault(s => s.Id == standardId);

    /// <summary>Whether the framework scores this standard. Resettlement never counts; an unknown id is not scored.</summary>
    public bool Scores(string standardId) => Find(standardId)?.Scored ?? false;

    public int MaximumScore => RatingRules.MaximumScore(Standards.Count(s => s.Scored));
}
