using System.Globalization;

namespace ReportBuilder.Core.Model;

/// <summary>
/// A date as far as it is known: a day (<c>2023-01-09</c>) or only a month (<c>2023-05</c>). Older reports often give
/// only the month of their fieldwork or samples, and a month must never be printed as an invented day.
/// </summary>
public readonly record struct DateOrMonth(int Year, int Month, int? Day = null) : IComparable<DateOrMonth>
{
    public static DateOrMonth Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    public bool HasDay => Day is not null;

    public YearMonth YearMonth => new(Year, Month);

    /// <summary>The day, when it is known.</summary>
    public DateOnly? Date => Day is { } d ? new DateOnly(Year, Month, d) : null;

    /// <summary>
    /// Orders by month, then by day; a month without a day sorts before every day of that month, so that a range
    /// from a month to a day in it (2023-05 to 2023-05-20) is in order.
    /// </summary>
    public int CompareTo(DateOrMonth other) => (Year, Month, Day ?? 0).CompareTo((other.Year, other.Month, other.Day ?? 0));

    /// <summary>Reads <c>YYYY-MM-DD</c> or <c>YYYY-MM</c>; false for anything else.</summary>
    public static bool TryParse(string text, out DateOrMonth value)
    {
        value = default;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = Of(date);
            return true;
        }
        var parts = text.Split('-');
        if (parts.Length == 2 && parts[0].Length == 4 && parts[1].Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            value = new DateOrMonth(year, month);
            return true;
        }
        return false;
    }

    /// <summary>As written in <c>report.yaml</c>: <c>2023-01-09</c> or <c>2023-05</c>.</summary>
    public string ToIsoString() => Day is { } d ? $"{Year:0000}-{Month:00}-{d:00}" : $"{Year:0000}-{Month:00}";

    /// <summary>"9 January 2023", or "May 2023" when only the month is known.</summary>
    public override string ToString() => Day is { } d ? $"{d} {YearMonth}" : YearMonth.ToString();
}
