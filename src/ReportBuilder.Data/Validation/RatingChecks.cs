using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Data.Validation;

/// <summary>What the inspectors published against what the rules compute: each standard, the score, the overall rating.</summary>
internal static class RatingChecks
{
    /// <param name="uncertain">Standards whose key questions could not all be read: their computed rating is not compared.</param>
    /// <param name="scoreComplete">Whether every standard could be read; otherwise the total is not compared either.</param>
    public static void Check(ReportScore score, StatedResult? stated, Func<Standard, SourceSpan> ratingSpan,
        IReadOnlyCollection<string> uncertain, bool scoreComplete, DiagnosticBag diagnostics)
    {
        foreach (var rated in score.Standards.Where(r => r.StatedDiffers && !uncertain.Contains(r.Standard.Id)))
        {
            var lowest = rated.Standard.KeyQuestions.Min(q => q.PercentYes);
            diagnostics.Error(ratingSpan(rated.Standard), DiagnosticCodes.StatedRatingDisagrees,
                $"standard {rated.Standard.Id} is stated '{rated.Standard.StatedRating.Display()}' but its lowest key question ({lowest}%) places it in '{rated.Rating.Display()}'");
        }
        if (stated is null || !scoreComplete) return;
        if (stated.Score is { } s && s != score.Total)
            diagnostics.Error(stated.ScoreSpan!.Value, DiagnosticCodes.StatedScoreDisagrees,
                $"stated score {s} differs from the computed {score.ScoreText} (the points of the scored standards)");
        if (stated.OverallRating is { } o && o != score.Overall)
            diagnostics.Error(stated.OverallSpan!.Value, DiagnosticCodes.StatedOverallDisagrees,
                $"stated overall rating '{o.Display()}' differs from the computed '{score.Overall.Display()}' for {score.ScoreText}");
    }
}
