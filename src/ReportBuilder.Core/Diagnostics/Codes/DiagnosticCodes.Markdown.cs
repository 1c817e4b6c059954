namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // The Markdown of the report folder (findings, chapters, recommendations)
    public const string MisspeltHeading = "RB0601";
    public const string EmptyList = "RB0602";
    public const string FootnoteWithoutDefinition = "RB0603";
    public const string FootnoteWithoutReference = "RB0604";
    public const string NoFindingLists = "RB0605";
    public const string EmptyFindings = "RB0606";
    public const string UnknownContainer = "RB0607";
    public const string UnknownQuoteGroup = "RB0608";
    public const string SurveyContainerWithoutSurvey = "RB0609";
    public const string SurveyNotPlaced = "RB0610";
    public const string DuplicateFootnote = "RB0611";
    public const string HeadingWithoutList = "RB0612";
}
