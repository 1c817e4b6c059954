using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Templating.Theming;

/// <summary>WCAG 2.x contrast ratio between two colours: text needs at least 4.5:1 against its background.</summary>
public static class Contrast
{
    public const double MinimumForText = 4.5;

    public static double Ratio(Color a, Color b)
    {
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    /// <summary>Relative luminance of an sRGB colour (alpha ignored).</summary>
    public static double Luminance(Color c) => 0.2126 * Channel(c.R) + 0.7152 * Channel(c.G) + 0.0722 * Channel(c.B);

    private static double Channel(byte v)
    {
        var s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
    }
}
