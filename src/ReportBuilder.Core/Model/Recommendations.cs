namespace ReportBuilder.Core.Model;

/// <summary>One lead-in sentence ("Lincolnshire Youth Offending Service should:") and the numbered recommendations under it.</summary>
/// <param name="FirstNumber">The number printed before the first item (numbering runs on across groups: 1-4, then 5-6).</param>
/// <param name="Items">The recommendations, inline Markdown each, without their numbers.</param>
public sealed record RecommendationGroup(string LeadIn, int FirstNumber, IReadOnlyList<string> Items);

/// <summary>
/// <c>recommendations.md</c>: the paragraph(s) before the lists, then one or more groups, each a lead-in paragraph and
/// a numbered list (a report may address the service, then its management board).
/// </summary>
/// <param name="Source">The whole file, for templates that render it as written.</param>
/// <param name="Introduction">The paragraphs before the first lead-in (Markdown), possibly empty.</param>
public sealed record Recommendations(MarkdownSource Source, string Introduction, IReadOnlyList<RecommendationGroup> Groups)
{
    /// <summary>The first group's lead-in (most reports have a single group).</summary>
    public string LeadIn => Groups.Count > 0 ? Groups[0].LeadIn : "";

    /// <summary>Every recommendation in order, across groups.</summary>
    public IReadOnlyList<string> Items => Groups.SelectMany(g => g.Items).ToList();

    public int Count => Groups.Sum(g => g.Items.Count);
}
