namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // The children's survey (survey.yaml)
    public const string SurveyCounts = "RB0801";
    public const string SurveyScores = "RB0802";
    public const string EmptyQuoteGroup = "RB0803";
}
