namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // The Markdown the templates write (and what no report-folder rule covers in the narrative pieces they place)
    public const string OutputFootnoteWithoutDefinition = "RB1221";
    public const string OutputFootnoteWithoutReference = "RB1222";
    public const string RawHtml = "RB1223";
    public const string UnknownRatingKey = "RB1224";
    public const string OutputSurveyChartWithoutSurvey = "RB1225";
    public const string OutputUnknownQuoteGroup = "RB1226";
    public const string OutputUnknownContainer = "RB1227";
    public const string UnknownNarrative = "RB1228";
    public const string FootnoteCitesItself = "RB1229";
}
