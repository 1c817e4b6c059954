namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // The Markdown the templates write (and what no report-folder rule covers in the narrative pieces they place).
    // The mistakes a narrative text can make too use the Markdown codes (RB06xx): one rule, one code, one wording.
    public const string RawHtml = "RB1223";
    public const string UnknownRatingKey = "RB1224";
    public const string UnknownNarrative = "RB1228";
    public const string FootnoteCitesItself = "RB1229";
}
