namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // Building the edition: fonts, nesting, layout, pages, time
    public const string MissingGlyph = "RB1101";
    public const string TemplateOutputNestedTooDeeply = "RB1102";
    public const string TooManyPages = "RB1103";
    public const string TimeLimit = "RB1104";
    public const string LayoutNotComposed = "RB1105";
    public const string LayoutFailed = "RB1106";
    public const string LayoutWarning = "RB1107";
}
