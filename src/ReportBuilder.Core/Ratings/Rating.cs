namespace ReportBuilder.Core.Ratings;

/// <summary>The four ratings of the inspection framework, worst first so that comparisons read naturally.</summary>
/// <remarks>The folder and namespace are plural (<c>Ratings</c>) so that the type name does not collide with a namespace.</remarks>
public enum Rating
{
    Inadequate = 0,
    RequiresImprovement = 1,
    Good = 2,
    Outstanding = 3,
}

/// <summary>The printed names of the ratings, and reading them back from hand-written data.</summary>
public static class RatingNames
{
    /// <summary>Every rating, best first, as tables print them.</summary>
    public static IReadOnlyList<Rating> All { get; } =
        [Rating.Outstanding, Rating.Good, Rating.RequiresImprovement, Rating.Inadequate];

    /// <summary>The names as printed: <c>Outstanding</c>, <c>Good</c>, <c>Requires improvement</c>, <c>Inadequate</c>.</summary>
    public static IReadOnlyList<string> DisplayNames { get; } = All.Select(Display).ToArray();

    public static string Display(this Rating rating) => rating switch
    {
        Rating.Outstanding => "Outstanding",
        Rating.Good => "Good",
        Rating.RequiresImprovement => "Requires improvement",
        Rating.Inadequate => "Inadequate",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    /// <summary>What the published reports print for a standard that was not rated: <c>Not rated</c>.</summary>
    public const string NotRated = "Not rated";

    /// <summary>Whether <paramref name="text"/> is <see cref="NotRated"/>, read like a rating (case and runs of spaces ignored).</summary>
    public static bool IsNotRated(string? text) =>
        text is not null && string.Equals(Normalise(text), NotRated, StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// Reads a printed name, ignoring case and surrounding spaces, and treating runs of spaces as one
    /// ("requires  Improvement" is accepted). Anything else is rejected, so typos are reported, not guessed.
    /// </summary>
    public static bool TryParse(string? text, out Rating rating)
    {
        rating = default;
        if (text is null) return false;
        var normalised = Normalise(text);
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Display(), normalised, StringComparison.OrdinalIgnoreCase))
            {
                rating = candidate;
                return true;
            }
        }
        return false;
    }
}
