namespace ReportBuilder.Core.Diagnostics;

/// <summary>"Did you mean …?" for names typed by hand: ratings, column names, file names, YAML keys.</summary>
public static class Suggestions
{
    /// <summary>
    /// The candidate closest to <paramref name="input"/> (case-insensitive edit distance), or null when none is
    /// close enough to be a plausible typo: at most a third of the candidate's length, and at least 1 edit allowed.
    /// </summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        var needle = input.Trim().ToLowerInvariant();
        if (needle.Length == 0) return null;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(needle, candidate.ToLowerInvariant());
            var allowed = Math.Max(1, Math.Max(candidate.Length, needle.Length) / 3);
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>" (did you mean 'x'?)" or an empty string, ready to append to a message.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates) =>
        Closest(input, candidates) is { } match ? $" (did you mean '{match}'?)" : "";

    /// <summary>Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment).</summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
