using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Ratings;

/// <summary>A standard with the rating the rules give it, which is what reports print and templates read.</summary>
/// <param name="Rating">From the lowest key question for a case-judged standard; the inspectors' rating for an evidence-judged one.</param>
/// <param name="Points">3/2/1/0, counted only when <see cref="Standard.Scored"/>.</param>
/// <param name="LowestKeyQuestions">Indices of the key question(s) with the lowest % 'Yes' (set in bold); all of them when tied.</param>
public sealed record RatedStandard(Standard Standard, Rating Rating, int Points, IReadOnlyList<int> LowestKeyQuestions)
{
    /// <summary>Whether the stated rating differs from the computed one (possible only for a case-judged standard).</summary>
    public bool StatedDiffers => !NotRated && Standard.StatedRating != Rating;

    /// <summary>The standard was not rated: <see cref="Rating"/> is meaningless and it earns no points.</summary>
    public bool NotRated => Standard.NotRated;

    public bool IsLowestKeyQuestion(int index) => LowestKeyQuestions.Contains(index);
}

/// <summary>The computed results of a report: every standard's rating, the score out of 36 and the overall rating.</summary>
public sealed record ReportScore(IReadOnlyList<RatedStandard> Standards, int Total, int Maximum, Rating Overall)
{
    public RatedStandard? Standard(string id) => Standards.FirstOrDefault(s => s.Standard.Id == id);

    /// <summary>"31/36".</summary>
    public string ScoreText => $"{Total}/{Maximum}";

    /// <summary>Applies the rules to a loaded report. Pure: same report, same result.</summary>
    public static ReportScore Compute(Report report) => Compute(report.Standards, report.Framework.Bands);

    /// <summary>
    /// Applies the rules to standards, by the framework's <paramref name="bands"/> (the published ones when null); a
    /// case-judged standard without key questions keeps its stated rating.
    /// </summary>
    public static ReportScore Compute(IReadOnlyList<Standard> standards, RatingBands? bands = null)
    {
        bands ??= RatingBands.Published;
        var rated = standards.Select(s => Rate(s, bands)).ToList();
        // A not-rated standard never counts, neither in the total nor in the maximum.
        var counted = rated.Where(r => !r.NotRated).ToList();
        var total = RatingRules.Total(counted.Select(r => (r.Rating, r.Standard.Scored)));
        var maximum = RatingRules.MaximumScore(counted.Count(r => r.Standard.Scored));
        // The overall bands are defined on a total out of 36; a framework scoring fewer standards is scaled onto it.
        var outOf36 = maximum == 36 || maximum == 0 ? total : (int)Math.Round(total * 36m / maximum, MidpointRounding.AwayFromZero);
        return new ReportScore(rated, total, maximum, RatingRules.OverallFromTotal(outOf36, bands));
    }

    public static RatedStandard Rate(Standard standard, RatingBands? bands = null)
    {
        if (standard.NotRated) return new RatedStandard(standard, standard.StatedRating, 0, []);
        var percents = standard.KeyQuestions.Select(q => q.PercentYes).ToList();
        var rating = standard.JudgedOn == JudgedOn.Cases && percents.Count > 0
            ? RatingRules.RatingFromKeyQuestions(percents, bands)
            : standard.StatedRating;
        return new RatedStandard(standard, rating, standard.Scored ? RatingRules.Points(rating) : 0, RatingRules.LowestIndices(percents));
    }
}
