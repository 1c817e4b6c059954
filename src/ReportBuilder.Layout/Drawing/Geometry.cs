namespace ReportBuilder.Layout.Drawing;

// Every length in the engine is in PDF points (1/72 inch). The origin is the top-left corner of
// the page and y grows downwards, as in XGraphics and SKCanvas, so backends never flip coordinates.

/// <summary>A position on the page, in points from the top-left corner.</summary>
public readonly record struct Point(double X, double Y);

/// <summary>A width and height in points.</summary>
public readonly record struct Size(double Width, double Height)
{
    /// <summary>A4 portrait: 210 mm × 297 mm.</summary>
    public static Size A4 => new(595.2756, 841.8898);
}

/// <summary>An axis-aligned rectangle, in points, from its top-left corner.</summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
}

/// <summary>An sRGB colour with alpha.</summary>
public readonly record struct Color(byte R, byte G, byte B, byte A = 255)
{
    public static Color Black => new(0, 0, 0);
    public static Color White => new(255, 255, 255);

    /// <summary>Parses <c>#RRGGBB</c> or <c>#RRGGBBAA</c>.</summary>
    /// <exception cref="FormatException">The text is not a colour in one of those forms.</exception>
    public static Color Parse(string hex)
    {
        var s = hex.AsSpan().TrimStart('#');
        if (s.Length is not (6 or 8) || !uint.TryParse(s, System.Globalization.NumberStyles.HexNumber, null, out var v))
            throw new FormatException($"'{hex}' is not a colour: expected #RRGGBB or #RRGGBBAA.");
        if (s.Length == 6) v = (v << 8) | 0xFF;
        return new Color((byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v);
    }

    public override string ToString() => A == 255 ? $"#{R:X2}{G:X2}{B:X2}" : $"#{R:X2}{G:X2}{B:X2}{A:X2}";
}

/// <summary>How a shape is filled and outlined. A null colour means "none".</summary>
public readonly record struct Paint(Color? Fill, Color? Stroke = null, double StrokeWidth = 0.75);

/// <summary>How a line is stroked; <see cref="Dash"/> alternates on and off lengths in points.</summary>
public readonly record struct Stroke(Color Color, double Width = 0.75, IReadOnlyList<double>? Dash = null);
