namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // Recommendations (recommendations.md)
    public const string NoRecommendationList = "RB0701";
    public const string NoLeadIn = "RB0702";
    public const string RecommendationCountWord = "RB0703";
    public const string ExtraRecommendationContent = "RB0704";
}
