namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // Comparing versions (issue #17), reported by the CLI's diff
    public const string DiffVersionUnreadable = "RB1801";
}
