using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Core.Model;

/// <summary>Which template renders the report: <c>templates/&lt;Id&gt;/&lt;Version&gt;/</c>.</summary>
public sealed record TemplateReference(string Id, string Version);

/// <summary>The inspected service: <c>Lincolnshire Youth Offending Service</c>, abbreviated <c>YOS</c>, in <c>Lincolnshire</c>.</summary>
public sealed record ServiceInfo(string Name, string ShortName, string Area)
{
    /// <summary>The kind the service calls itself (optional): null leaves the template set's own wording in print.</summary>
    public ServiceKind? Kind { get; init; }
}

/// <summary>A month of a year, as publication dates are printed ("April 2023").</summary>
public readonly record struct YearMonth(int Year, int Month)
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public string MonthName => MonthNames[Month - 1];

    /// <summary>"April 2023".</summary>
    public override string ToString() => $"{MonthName} {Year}";
}

/// <summary>A period inspected cases were taken from; both ends included, each a day or only a month.</summary>
public sealed record DateRange(DateOrMonth From, DateOrMonth To);

/// <summary>A named sample period (<c>court</c>, <c>out_of_court</c>, <c>resettlement</c>).</summary>
public sealed record SamplePeriod(string Name, DateRange Range);

/// <summary>A person named in the report with the title printed under the name.</summary>
public sealed record Signatory(string Name, string Title);

/// <summary>What the inspectors published as the score and overall rating; checked against the computed ones.</summary>
public sealed record StatedResult(int? Score, Rating? OverallRating, SourceSpan? ScoreSpan, SourceSpan? OverallSpan);

/// <summary>The metadata of <c>report.yaml</c>.</summary>
public sealed record ReportMetadata(
    string Id,
    TemplateReference Template,
    string Language,
    string Title,
    string Inspectorate,
    string InspectorateFull,
    ServiceInfo Service,
    YearMonth Published,
    DateOrMonth FieldworkStart,
    IReadOnlyList<SamplePeriod> Samples,
    string? Isbn,
    string? LeadInspector,
    Signatory ChiefInspector,
    StatedResult Stated)
{
    /// <summary>Where the inspection's data annexe is published (optional); the "Our rating" footnotes link to it.</summary>
    public string? DataAnnexe { get; init; }

    /// <summary>The day of publication when <c>report.yaml</c> gives one (<c>published: 2022-09-07</c>); it decides "Her" or "His Majesty's".</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>The last day (or month) of fieldwork, when given.</summary>
    public DateOrMonth? FieldworkEnd { get; init; }

    /// <summary>The partner inspectorates of a joint inspection, as printed (empty for an inspection by this inspectorate alone).</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    public bool IsJoint => Partners.Count > 0;

    public SamplePeriod? Sample(string name) => Samples.FirstOrDefault(s => s.Name == name);
}
