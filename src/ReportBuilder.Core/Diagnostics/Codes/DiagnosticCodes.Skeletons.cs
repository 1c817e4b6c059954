namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // Report folder skeletons (reportbuilder new, issue #16)
    public const string Placeholder = "RB1701";
    public const string NewFolderRefused = "RB1702";
    public const string NewTemplateUnknown = "RB1703";
}
