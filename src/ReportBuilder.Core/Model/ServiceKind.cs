namespace ReportBuilder.Core.Model;

/// <summary>
/// What a youth justice service calls itself: the reports name the kind in their header and wording
/// ("Inspection of youth justice services in: Reading") and abbreviate it in the text ("the YJS").
/// </summary>
/// <param name="Name">The kind as the text writes it in the singular, lower case: <c>youth justice service</c>.</param>
/// <param name="Plural">The plural the running header and titles use: <c>youth justice services</c>.</param>
/// <param name="Abbreviation">The abbreviation the text uses: <c>YJS</c>.</param>
public sealed record ServiceKind(string Name, string Plural, string Abbreviation)
{
    public static ServiceKind YouthOffendingTeam { get; } = new("youth offending team", "youth offending teams", "YOT");

    public static ServiceKind YouthOffendingService { get; } = new("youth offending service", "youth offending services", "YOS");

    public static ServiceKind YouthJusticeService { get; } = new("youth justice service", "youth justice services", "YJS");

    /// <summary>The kinds the published reports use; a closed list so that a typing slip is an error, not a new name in print.</summary>
    public static IReadOnlyList<ServiceKind> All { get; } = [YouthOffendingTeam, YouthOffendingService, YouthJusticeService];

    /// <summary>The kind written <paramref name="name"/>, in any case; null when it is none of <see cref="All"/>.</summary>
    public static ServiceKind? Find(string name) => All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
}
