namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // What reaches the editions from data (issue #14): links, attributes, escaping
    public const string LinkNotAllowed = "RB1401";
    public const string AttributesRemoved = "RB1402";

    // What the page cannot hold (issue #14): said at the data file's line, not by the layout engine
    public const string QuotesNestedTooDeeply = "RB1403";
    public const string HeadingTooLong = "RB1404";
}
