namespace ReportBuilder.Core.Model;

/// <summary>One count the text quotes (<c>community_sentences: 16</c>).</summary>
public sealed record CaseCount(string Key, int Value);

/// <summary>The case counts of <c>report.yaml</c>, in file order.</summary>
public sealed record CaseCounts(IReadOnlyList<CaseCount> Items)
{
    /// <summary>The keys the documentation names; others are accepted with a warning (they may be a typo).</summary>
    public static IReadOnlyList<string> KnownKeys { get; } =
    [
        "community_sentences", "custodial_sentences", "out_of_court_disposals", "youth_conditional_cautions",
        "youth_cautions", "community_resolutions", "resettlement_cases", "interviews", "out_of_court_interviews", "meetings",
    ];

    public static CaseCounts Empty { get; } = new([]);

    public int? Get(string key) => Items.FirstOrDefault(c => c.Key == key)?.Value;
}
