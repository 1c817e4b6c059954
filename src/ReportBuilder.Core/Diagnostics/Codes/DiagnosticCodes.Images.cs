namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // Images in the report's Markdown and the templates' output (issue #16); the rule is Dialect/Features/Images.
    public const string ImageWithoutText = "RB1704";
    public const string ImageMissing = "RB1705";
    public const string ImageOutsideFolder = "RB1706";
    public const string ImageNotRecognised = "RB1707";
    public const string ImageTooLarge = "RB1708";
    public const string ImageTooManyPixels = "RB1709";
    public const string ImageRemote = "RB1710";
    public const string ImageNotAlone = "RB1711";
    public const string ImageUnreadable = "RB1712";
}
