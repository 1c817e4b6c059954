namespace ReportBuilder.Core.Ratings;

/// <summary>
/// The rules of the youth inspection framework, each a small pure function. Templates never compute ratings:
/// they read the results through <see cref="ReportScore"/>.
/// </summary>
public static class RatingRules
{
    /// <summary>Points a rating earns towards the score out of 36.</summary>
    public static int Points(Rating rating) => rating switch
    {
        Rating.Outstanding => 3,
        Rating.Good => 2,
        Rating.RequiresImprovement => 1,
        Rating.Inadequate => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    /// <summary>
    /// The band a key question's % 'Yes' falls in: 80 and over Outstanding, 65 to under 80 Good,
    /// 50 to under 65 Requires improvement, under 50 Inadequate.
    /// </summary>
    /// <remarks>Published figures are whole numbers; a fraction such as 79.5 stays below the 80 line.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is outside 0-100.</exception>
    public static Rating BandOf(decimal percentYes) => BandOf(percentYes, RatingBands.Published);

    /// <summary>The band a key question's % 'Yes' falls in, by a framework's <paramref name="bands"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is outside 0-100.</exception>
    public static Rating BandOf(decimal percentYes, RatingBands bands)
    {
        if (percentYes is < 0 or > 100)
            throw new ArgumentOutOfRangeException(nameof(percentYes), percentYes, "A percentage is from 0 to 100.");
        if (percentYes >= bands.OutstandingFromPercent) return Rating.Outstanding;
        if (percentYes >= bands.GoodFromPercent) return Rating.Good;
        return percentYes >= bands.RequiresImprovementFromPercent ? Rating.RequiresImprovement : Rating.Inadequate;
    }

    /// <summary>
    /// The one figure of a key question given by its counts: <paramref name="yes"/> of <paramref name="relevant"/> as a
    /// percentage rounded to a whole number, halves away from zero (35 of 44 is 79.55…, so 80; 10 of 16 is 63). This
    /// figure is both printed and placed in a band, so one set of counts always gives one rating.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relevant"/> is under 1, or <paramref name="yes"/> outside 0 to <paramref name="relevant"/>.</exception>
    public static decimal PercentFromCounts(int yes, int relevant)
    {
        if (relevant < 1) throw new ArgumentOutOfRangeException(nameof(relevant), relevant, "A percentage needs at least one relevant case.");
        if (yes < 0 || yes > relevant) throw new ArgumentOutOfRangeException(nameof(yes), yes, "'Yes' answers are from 0 to the relevant cases.");
        return Math.Round(100m * yes / relevant, 0, MidpointRounding.AwayFromZero);
    }

    /// <summary>A case-judged standard is rated by the band of its lowest key question.</summary>
    /// <exception cref="ArgumentException">There are no key questions.</exception>
    public static Rating RatingFromKeyQuestions(IEnumerable<decimal> percentsYes, RatingBands? bands = null)
    {
        var list = percentsYes as IReadOnlyCollection<decimal> ?? percentsYes.ToList();
        if (list.Count == 0) throw new ArgumentException("A case-judged standard needs at least one key question.", nameof(percentsYes));
        return BandOf(list.Min(), bands ?? RatingBands.Published);
    }

    /// <summary>The total of the points of the scored standards (out of 36 when 12 standards are scored).</summary>
    public static int Total(IEnumerable<(Rating Rating, bool Scored)> standards) =>
        standards.Where(s => s.Scored).Sum(s => Points(s.Rating));

    /// <summary>The best score possible: three points per scored standard.</summary>
    public static int MaximumScore(int scoredStandards) => 3 * scoredStandards;

    /// <summary>The overall rating from the total out of 36: 31-36 Outstanding, 19-30 Good, 7-18 Requires improvement, 0-6 Inadequate.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The total is outside 0-36.</exception>
    public static Rating OverallFromTotal(int total) => OverallFromTotal(total, RatingBands.Published);

    /// <summary>The overall rating from the total out of 36, by a framework's <paramref name="bands"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The total is outside 0-36.</exception>
    public static Rating OverallFromTotal(int total, RatingBands bands)
    {
        if (total is < 0 or > 36) throw new ArgumentOutOfRangeException(nameof(total), total, "The total is from 0 to 36.");
        if (total >= bands.OutstandingFromTotal) return Rating.Outstanding;
        if (total >= bands.GoodFromTotal) return Rating.Good;
        return total >= bands.RequiresImprovementFromTotal ? Rating.RequiresImprovement : Rating.Inadequate;
    }

    /// <summary>
    /// The indices of the lowest figure(s) of a table, which the report sets in bold. When several figures tie
    /// for the lowest, all of them are returned, in order. An empty table has none.
    /// </summary>
    public static IReadOnlyList<int> LowestIndices(IReadOnlyList<decimal> figures)
    {
        if (figures.Count == 0) return [];
        var min = figures.Min();
        var result = new List<int>();
        for (var i = 0; i < figures.Count; i++)
            if (figures[i] == min) result.Add(i);
        return result;
    }
}
