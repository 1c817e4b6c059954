namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // watch: a rebuild that failed unexpectedly is reported and watching goes on
    public const string DraftBuildFailed = "RB9001";
}
