using System.Globalization;

namespace ReportBuilder.Data.Loading;

/// <summary>
/// Reads a % 'Yes' written by hand. Only plain numbers from 0 to 100 are accepted ("94", "87.5"); each usual mistake
/// gets its own message, because a wrong figure here silently changes a published rating.
/// </summary>
public static class PercentParser
{
    /// <returns>The percentage, or null with <paramref name="error"/> saying what was wrong and what to write.</returns>
    public static decimal? Parse(string text, out string? error)
    {
        error = null;
        var t = text.Trim();
        if (t.EndsWith('%'))
        {
            var bare = t.TrimEnd('%').Trim();
            error = $"'{text}' has a % sign; write the number alone ({bare})";
            return null;
        }
        if (t.Equals("NaN", StringComparison.OrdinalIgnoreCase) || t.Contains("inf", StringComparison.OrdinalIgnoreCase))
        {
            error = $"'{text}' is not a number; expected a % 'Yes' from 0 to 100";
            return null;
        }
        if (System.Text.RegularExpressions.Regex.IsMatch(t, @"^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$"))
        {
            error = $"'{text}' is in exponent notation; write a plain number from 0 to 100";
            return null;
        }
        if (t.Contains(','))
        {
            error = $"'{text}' has a comma; write a plain number from 0 to 100 with a point for decimals (87.5)";
            return null;
        }
        if (!decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            error = $"'{text}' is not a number; expected a % 'Yes' from 0 to 100";
            return null;
        }
        if (value < 0)
        {
            error = $"'{text}' is negative; a % 'Yes' is from 0 to 100";
            return null;
        }
        if (value > 100)
        {
            error = $"'{text}' is more than 100; a % 'Yes' is from 0 to 100";
            return null;
        }
        if (value > 0 && value < 1 && t.Contains('.'))
        {
            error = $"'{text}' looks like a fraction; write the percentage from 0 to 100 ({value * 100:0.##})";
            return null;
        }
        return value;
    }
}
