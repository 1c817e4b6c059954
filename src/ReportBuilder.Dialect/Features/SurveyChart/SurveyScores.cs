using System.Globalization;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Dialect.Features.SurveyChart;

/// <summary>
/// The numbers the survey chart shows, shared by both editions so that the PDF's and the HTML's chart, and their
/// alternative text, can never disagree: children per score from 0 to 10, the value axis's ticks, and the figures in words.
/// </summary>
public static class SurveyScores
{
    public const int Lowest = 0;
    public const int Highest = 10;

    /// <summary>Children per score, index 0 to 10, a score nobody gave included as 0.</summary>
    /// <exception cref="ArgumentException">A score outside 0–10 or a negative count (the loader refuses both).</exception>
    public static int[] Counts(Survey survey)
    {
        var counts = new int[Highest + 1];
        foreach (var entry in survey.Scores)
        {
            if (entry.Score is < Lowest or > Highest)
                throw new ArgumentException($"Survey score {entry.Score} is outside {Lowest}–{Highest}.", nameof(survey));
            if (entry.Children < 0)
                throw new ArgumentException($"Survey score {entry.Score} has a negative count ({entry.Children}).", nameof(survey));
            counts[entry.Score] += entry.Children;
        }
        return counts;
    }

    /// <summary>
    /// The value axis: the smallest step of 1, 2, 5, 10, 20, 50 … children giving at most <paramref name="intervals"/>
    /// intervals, and a top tick above the largest count, so the number printed over the tallest bar has room below the
    /// top gridline.
    /// </summary>
    /// <param name="intervals">The most gridline intervals the plot has room for (at least 1).</param>
    public static (int Step, int Top) Ticks(IReadOnlyList<int> counts, int intervals = 6)
    {
        intervals = Math.Max(1, intervals);
        var largest = counts.Count == 0 ? 0 : counts.Max();
        for (var magnitude = 1; ; magnitude *= 10)
        {
            foreach (var step in new[] { 1, 2, 5 }.Select(m => m * magnitude))
                if (largest / step + 1 <= intervals) return (step, (largest / step + 1) * step);
        }
    }

    /// <summary>
    /// The figures in words, highest score first: "5 children scored 10, 4 scored 9 and 1 scored 5. No child scored 0, 1,
    /// 2, 3, 4, 6, 7 or 8." (the second sentence names the scores nobody gave, so the words say all the chart says).
    /// </summary>
    public static string Describe(IReadOnlyList<int> counts)
    {
        var given = Enumerable.Range(0, counts.Count).Reverse().Where(s => counts[s] > 0).ToList();
        if (given.Count == 0) return "No child gave a score.";
        var parts = given.Select((score, i) =>
            i == 0 ? $"{Children(counts[score])} scored {Number(score)}" : $"{Number(counts[score])} scored {Number(score)}").ToList();
        var none = Enumerable.Range(0, counts.Count).Where(s => counts[s] == 0).Select(Number).ToList();
        var text = Join(parts) + ".";
        return none.Count == 0 ? text : text + $" No child scored {Join(none, "or")}.";
    }

    private static string Children(int count) => count == 1 ? "1 child" : $"{Number(count)} children";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Join(IReadOnlyList<string> items, string last = "and") =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + $" {last} " + items[^1];
}
