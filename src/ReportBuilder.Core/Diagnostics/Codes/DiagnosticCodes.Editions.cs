namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // What reaches the editions from data (issue #14): links, attributes, escaping
    public const string LinkNotAllowed = "RB1401";
    public const string AttributesRemoved = "RB1402";
}
