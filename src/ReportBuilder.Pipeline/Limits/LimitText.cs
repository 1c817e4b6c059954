using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportBuilder.Pipeline.Limits;

/// <summary>
/// Sizes and durations as people write them on a command line (<c>5MiB</c>, <c>500KB</c>, <c>30s</c>, <c>2m</c>) and as
/// messages print them. Units are exact: KB/MB/GB are powers of 1000, KiB/MiB/GiB powers of 1024; a bare number is bytes
/// or seconds.
/// </summary>
public static partial class LimitText
{
    // Largest first, so that a size prints in the largest unit that divides it exactly.
    private static readonly (string Unit, long Bytes)[] SizeUnits =
    [
        ("GiB", 1L << 30), ("GB", 1_000_000_000), ("MiB", 1L << 20), ("MB", 1_000_000), ("KiB", 1L << 10), ("KB", 1_000), ("B", 1),
    ];

    private static readonly (string Unit, double Seconds)[] TimeUnits = [("ms", 0.001), ("s", 1), ("m", 60), ("min", 60), ("h", 3600)];

    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$")]
    private static partial Regex NumberAndUnit();

    /// <summary>Bytes from <c>1048576</c>, <c>1MiB</c>, <c>1.5 MB</c> (units in any case); false when the text is not a size.</summary>
    public static bool TryParseSize(string text, out long bytes)
    {
        bytes = 0;
        if (!TrySplit(text, out var number, out var unit)) return false;
        var scale = unit.Length == 0 ? 1 : SizeUnits.FirstOrDefault(u => u.Unit.Equals(unit, StringComparison.OrdinalIgnoreCase)).Bytes;
        if (scale == 0 || number * scale > long.MaxValue) return false;
        bytes = (long)Math.Floor(number * scale);
        return true;
    }

    /// <summary>A duration from <c>30</c> (seconds), <c>30s</c>, <c>500ms</c>, <c>2m</c>/<c>2min</c>, <c>1h</c>; false when the text is not one.</summary>
    public static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (!TrySplit(text, out var number, out var unit)) return false;
        var scale = unit.Length == 0 ? 1 : TimeUnits.FirstOrDefault(u => u.Unit.Equals(unit, StringComparison.OrdinalIgnoreCase)).Seconds;
        if (scale == 0 || number * scale > TimeSpan.MaxValue.TotalSeconds / 2) return false;
        duration = TimeSpan.FromMilliseconds(Math.Round(number * scale * 1000));
        return true;
    }

    /// <summary>The largest unit that writes <paramref name="bytes"/> exactly: <c>1MiB</c>, <c>500KB</c>, <c>1234B</c>.</summary>
    public static string Size(long bytes)
    {
        foreach (var (unit, scale) in SizeUnits)
            if (bytes >= scale && bytes % scale == 0) return $"{(bytes / scale).ToString(CultureInfo.InvariantCulture)}{unit}";
        return $"{bytes.ToString(CultureInfo.InvariantCulture)}B";
    }

    /// <summary><c>60s</c>, <c>2m</c>, <c>1h</c>, <c>250ms</c>: the form <see cref="TryParseDuration"/> reads back.</summary>
    public static string Duration(TimeSpan duration)
    {
        var ms = (long)Math.Round(duration.TotalMilliseconds);
        if (ms % 3_600_000 == 0 && ms > 0) return $"{ms / 3_600_000}h";
        if (ms % 60_000 == 0 && ms > 0 && ms >= 600_000) return $"{ms / 60_000}m";
        if (ms % 1_000 == 0) return $"{ms / 1_000}s";
        return $"{ms}ms";
    }

    private static bool TrySplit(string text, out double number, out string unit)
    {
        number = 0;
        unit = "";
        var match = NumberAndUnit().Match(text);
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)) return false;
        unit = match.Groups[2].Value;
        return true;
    }
}
