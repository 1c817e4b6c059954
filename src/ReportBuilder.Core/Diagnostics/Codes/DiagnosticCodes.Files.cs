namespace ReportBuilder.Core.Diagnostics;

/// <summary>
/// The stable code of every problem ReportBuilder reports, defined once and grouped by hundreds, one partial file per
/// stage. docs/data-format.md lists them all (### Diagnostic codes), with the codes that were renumbered.
/// </summary>
public static partial class DiagnosticCodes
{
    // Files of the report folder
    public const string MissingFile = "RB0001";
    public const string Encoding = "RB0002";
    public const string UnknownFile = "RB0003";
    public const string EmptyFile = "RB0004";
    public const string FolderNotFound = "RB0005";

    // Limits of the report folder (ReportLimits)
    public const string FileTooLarge = "RB0010";
    public const string TooManyFiles = "RB0011";
    public const string LinkOutsideFolder = "RB0012";
    public const string NarrativeNestedTooDeeply = "RB0013";
}
