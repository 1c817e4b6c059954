namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // Ratings stated in the report folder against those Core computes
    public const string StatedRatingDisagrees = "RB0501";
    public const string StatedScoreDisagrees = "RB0502";
    public const string StatedOverallDisagrees = "RB0503";
}
