using System.Globalization;
using ReportBuilder.Data.Loading;
using ReportBuilder.Pipeline.Limits;

namespace ReportBuilder.Cli.Limits;

/// <summary>
/// The limits a user may set with <c>--limit name=value</c>: each name, what it expects, its bounds and which field of
/// <see cref="ReportLimits"/> it sets. One table, so that help, messages and docs/reliability.md cannot drift apart.
/// </summary>
public static class LimitSettings
{
    /// <summary>One settable limit. <paramref name="Apply"/> returns null and an explanation when the value is out of bounds.</summary>
    private sealed record Setting(string Name, string Expected, Func<ReportLimits, string> Show, Func<ReportLimits, string, ReportLimits?> Apply);

    private const int MaxCount = 1_000_000;

    // Recursion is capped well below the point where Scriban's nested calls would overflow a thread's stack (which no
    // handler can catch): a report's templates nest a handful of levels.
    private const int MaxRecursion = 1_000;

    private static readonly Setting[] Settings =
    [
        new("file-size", "a size from 1B to 1GiB, such as 5MiB, 500KB or 2000000",
            l => LimitText.Size(l.MaxFileBytes),
            (l, v) => LimitText.TryParseSize(v, out var b) && b is >= 1 and <= 1L << 30 ? l with { MaxFileBytes = b } : null),
        new("files", $"a whole number of files from 1 to {MaxCount:N0}",
            l => Count(l.MaxFiles),
            (l, v) => TryCount(v, MaxCount, out var n) ? l with { MaxFiles = n } : null),
        new("pages", $"a whole number of pages from 1 to {MaxCount:N0}",
            l => Count(l.MaxPages),
            (l, v) => TryCount(v, MaxCount, out var n) ? l with { MaxPages = n } : null),
        new("time", "a duration from 1ms to 24h, such as 30s, 500ms or 2m (a bare number is seconds)",
            l => LimitText.Duration(l.TimeLimit),
            (l, v) => LimitText.TryParseDuration(v, out var t) && t >= TimeSpan.FromMilliseconds(1) && t <= TimeSpan.FromHours(24) ? l with { TimeLimit = t } : null),
        new("loop", $"a whole number of template loop iterations from 1 to {100_000_000:N0}",
            l => Count(l.TemplateLoopLimit),
            (l, v) => TryCount(v, 100_000_000, out var n) ? l with { TemplateLoopLimit = n } : null),
        new("recursion", $"a whole number of nested template calls and includes from 1 to {MaxRecursion:N0}",
            l => Count(l.TemplateRecursionLimit),
            (l, v) => TryCount(v, MaxRecursion, out var n) ? l with { TemplateRecursionLimit = n } : null),
    ];

    /// <summary>The names, in the order help and docs list them.</summary>
    public static IReadOnlyList<string> Names { get; } = Settings.Select(s => s.Name).ToArray();

    /// <summary><c>file-size=1MiB, files=1000, …</c>: every limit with its value in <paramref name="limits"/>.</summary>
    public static string Describe(ReportLimits limits) => string.Join(", ", Settings.Select(s => $"{s.Name}={s.Show(limits)}"));

    /// <summary>
    /// Applies one <c>name=value</c> to <paramref name="limits"/>; on failure <paramref name="error"/> names the option, the
    /// text and what was expected, ready to print.
    /// </summary>
    public static bool TryApply(ReportLimits limits, string text, out ReportLimits result, out string? error)
    {
        result = limits;
        error = null;
        var equals = text.IndexOf('=');
        if (equals <= 0)
        {
            error = $"--limit {text}: write name=value, such as --limit pages=2000; the limits are {string.Join(", ", Names)}";
            return false;
        }
        var name = text[..equals].Trim();
        var value = text[(equals + 1)..].Trim();
        var setting = Settings.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (setting is null)
        {
            error = $"--limit {text}: there is no limit called '{name}'; the limits are {string.Join(", ", Names)}";
            return false;
        }
        if (setting.Apply(limits, value) is not { } applied)
        {
            error = $"--limit {text}: {setting.Name} must be {setting.Expected}";
            return false;
        }
        result = applied;
        return true;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static bool TryCount(string text, int max, out int n) =>
        int.TryParse(text.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out n) && n >= 1 && n <= max;
}
