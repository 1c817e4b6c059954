namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // Output and input paths (issue #14), reported by the CLI and the HTML edition
    public const string OutputRefused = "RB1301";
}
