namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // The variety of inspections: not rated, counts, service, dates, joint inspections, optional parts
    public const string NotRatedNotAllowed = "RB1501";
    public const string PercentNotFromCounts = "RB1502";
    public const string StringsFileBadKey = "RB1510";
}
