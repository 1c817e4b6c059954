namespace ReportBuilder.Core.Ratings;

/// <summary>
/// Where the bands of a framework begin: the lowest % 'Yes' of a case-judged standard that gives each rating, and the
/// lowest total (out of 36) that gives each overall rating. Below the last band is Inadequate.
/// </summary>
public sealed record RatingBands(
    decimal OutstandingFromPercent,
    decimal GoodFromPercent,
    decimal RequiresImprovementFromPercent,
    int OutstandingFromTotal,
    int GoodFromTotal,
    int RequiresImprovementFromTotal)
{
    /// <summary>The bands of the published youth frameworks (2018 and 2021): 80/65/50 per cent, and 31/19/7 of 36.</summary>
    public static RatingBands Published { get; } = new(80, 65, 50, 31, 19, 7);
}
