namespace ReportBuilder.Core.Model;

/// <summary>
/// Whose Majesty's Inspectorate a report is published by. Queen Elizabeth II died, and King Charles III acceded,
/// on 8 September 2022: a report published on that day or after says "His Majesty's", one published before it
/// "Her Majesty's". The publication date decides, because that is when the name is printed (fieldwork of a report
/// published in October 2022 may well have been in the Queen's reign).
/// </summary>
public static class Sovereign
{
    public const string Her = "Her Majesty's";
    public const string His = "His Majesty's";

    public static DateOnly Accession { get; } = new(2022, 9, 8);

    /// <summary>The words a report published on <paramref name="published"/> prints.</summary>
    public static string PossessiveOn(DateOnly published) => published < Accession ? Her : His;

    /// <summary>
    /// The words a report published then prints; null for a publication known only as September 2022, when either
    /// may be right (the day decides, so <c>published</c> should give it).
    /// </summary>
    public static string? Possessive(DateOrMonth published)
    {
        if (published.Date is { } day) return PossessiveOn(day);
        var month = (published.Year, published.Month);
        var accession = (Accession.Year, Accession.Month);
        return month.CompareTo(accession) switch { < 0 => Her, > 0 => His, _ => null };
    }
}
