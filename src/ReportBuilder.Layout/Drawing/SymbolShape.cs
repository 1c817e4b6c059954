namespace ReportBuilder.Layout.Drawing;

/// <summary>A small filled shape set in a line of text like a letter (a rating's symbol), drawn as vector paths rather than a glyph.</summary>
/// <remarks>
/// A symbol font draws ★ ● ▲ ■ each at its own weight and size, and embeds a second font for four characters; the
/// shapes here share one box (the text's cap height) and one fill, so they read as one set at any size.
/// </remarks>
public enum SymbolShape { Star, Circle, Triangle, Square }

/// <summary>The outlines of the <see cref="SymbolShape"/>s in a box.</summary>
public static class SymbolShapes
{
    /// <summary>The polygon of <paramref name="shape"/> in <paramref name="box"/>; null for the circle (an ellipse filling the box).</summary>
    /// <remarks>The square is inset a little and the star drawn a little larger than the box, so the four look the same size.</remarks>
    public static IReadOnlyList<Point>? Outline(SymbolShape shape, Rect box)
    {
        double cx = box.X + box.Width / 2, cy = box.Y + box.Height / 2, r = Math.Min(box.Width, box.Height) / 2;
        switch (shape)
        {
            case SymbolShape.Square:
                var inset = r * 0.1;
                return [new(box.X + inset, box.Y + inset), new(box.X + box.Width - inset, box.Y + inset),
                        new(box.X + box.Width - inset, box.Y + box.Height - inset), new(box.X + inset, box.Y + box.Height - inset)];
            case SymbolShape.Triangle:
                return [new(cx, box.Y), new(box.X + box.Width + r * 0.08, box.Y + box.Height), new(box.X - r * 0.08, box.Y + box.Height)];
            case SymbolShape.Star:
                var outer = r * 1.12;
                var inner = outer * 0.45;
                var centre = cy + r * 0.08;   // a star's weight sits low: lift its points into the box
                return Enumerable.Range(0, 10).Select(i =>
                {
                    var angle = Math.PI * (i / 5.0 - 0.5);
                    var radius = i % 2 == 0 ? outer : inner;
                    return new Point(Math.Round(cx + radius * Math.Cos(angle), 3), Math.Round(centre + radius * Math.Sin(angle), 3));
                }).ToList();
            default:
                return null;
        }
    }
}
