namespace ReportBuilder.Data.Loading;

/// <summary>
/// Which parts of a report folder a template set cannot do without (<c>template.yaml</c>, <c>required:</c>). A part
/// not required may be left out, and the templates then leave its section out; a required part that is missing is
/// an error naming the file. A set that says nothing requires everything, as every set did before it could say.
/// </summary>
/// <param name="Chapters">The chapters under <c>text/</c> that must exist, by name (<c>foreword</c>, <c>further-information</c>).</param>
/// <param name="LeadInspector">Whether <c>report.yaml</c> must name the lead inspector.</param>
/// <param name="Samples">
/// The sample periods <c>report.yaml</c> must give, by name; null for "a <c>samples</c> mapping, whatever its periods"
/// (the rule before sets could say).
/// </param>
public sealed record RequiredParts(IReadOnlySet<string> Chapters, bool LeadInspector, IReadOnlyList<string>? Samples)
{
    /// <summary>The chapters a report folder may have, in the order of the report: each <c>text/&lt;name&gt;.md</c>.</summary>
    public static IReadOnlyList<string> ChapterNames { get; } = ["foreword", "background", "involvement", "diversity", "further-information"];

    /// <summary>The people a set may require (<c>required.people</c>).</summary>
    public static IReadOnlyList<string> PeopleNames { get; } = ["lead_inspector"];

    /// <summary>What a set that says nothing requires: every chapter, the lead inspector and a <c>samples</c> mapping.</summary>
    public static RequiredParts Everything { get; } = new(ChapterNames.ToHashSet(), LeadInspector: true, Samples: null);
}
