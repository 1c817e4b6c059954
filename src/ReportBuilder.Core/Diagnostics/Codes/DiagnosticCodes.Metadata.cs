namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // Metadata (report.yaml)
    public const string DomainUnknown = "RB1001";
    public const string DomainDuplicate = "RB1002";
    public const string DateRangeReversed = "RB1003";
    public const string InspectorateName = "RB1004";
    public const string IsbnChecksum = "RB1005";
    public const string UnknownCaseCount = "RB1006";
    public const string CaseCountsDisagree = "RB1007";
}
