namespace ReportBuilder.Core.Ratings;

/// <summary>
/// The one spelling of each rating as a key: <c>outstanding</c>, <c>good</c>, <c>requires-improvement</c>,
/// <c>inadequate</c>. Templates (<c>rating.key</c>), the report's Markdown (<c>:::rating-box good</c>,
/// <c>.rating-good</c>), the HTML edition's CSS classes and <c>theme.yaml</c>'s <c>ratings:</c> all use it.
/// </summary>
public static class RatingKeys
{
    /// <summary>
    /// The key of a standard that was not rated: never a rating (<see cref="FromKey"/> gives null for it), but a label
    /// the ratings table prints and a class the HTML edition styles.
    /// </summary>
    public const string NotRated = "not-rated";

    /// <summary>
    /// The spelling of <c>requires-improvement</c> that YAML files used first (<c>theme.yaml</c>'s <c>ratings:</c>,
    /// <c>framework.yaml</c>'s <c>bands:</c>): still read, so that older template sets keep working, and never written.
    /// </summary>
    public const string OldRequiresImprovement = "requires_improvement";

    /// <summary>The keys as a message lists them: "outstanding, good, requires-improvement or inadequate".</summary>
    public static string Listed { get; } =
        string.Join(", ", RatingNames.All.SkipLast(1).Select(Key)) + " or " + Key(RatingNames.All[^1]);

    public static string Key(Rating rating) => rating switch
    {
        Rating.Outstanding => "outstanding",
        Rating.Good => "good",
        Rating.RequiresImprovement => "requires-improvement",
        Rating.Inadequate => "inadequate",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    /// <summary>The rating whose key is <paramref name="key"/> exactly; null for anything else.</summary>
    public static Rating? FromKey(string? key) => TryParse(key, out var rating) ? rating : null;

    /// <summary>True when <paramref name="key"/> is exactly a rating's key (keys are written in lower case).</summary>
    public static bool TryParse(string? key, out Rating rating)
    {
        foreach (var candidate in RatingNames.All)
        {
            if (string.Equals(Key(candidate), key, StringComparison.Ordinal))
            {
                rating = candidate;
                return true;
            }
        }
        rating = default;
        return false;
    }
}
