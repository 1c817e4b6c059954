namespace ReportBuilder.Layout.Infrastructure;

/// <summary>How much vertical space is tightened while a section is fitted onto a page (see <see cref="Elements.FitOnPage"/>).</summary>
/// <param name="Line">Share of each line's height kept (1: as set); a line never gets shorter than its glyphs.</param>
/// <param name="Space">Share of the space between blocks kept: paragraph spacing, column gaps and the padding above and below a box.</param>
internal readonly record struct VerticalSqueeze(double Line, double Space)
{
    public static VerticalSqueeze None { get; } = new(1, 1);

    public bool IsNone => Line == 1 && Space == 1;

    /// <summary>The squeeze a share <paramref name="t"/> (0 to 1) of the way from none to <paramref name="tightest"/>.</summary>
    public static VerticalSqueeze Toward(VerticalSqueeze tightest, double t) =>
        new(1 + (tightest.Line - 1) * t, 1 + (tightest.Space - 1) * t);

    /// <summary>The height of a line of natural height <paramref name="height"/> whose glyphs need <paramref name="glyphs"/>.</summary>
    public double LineHeight(double height, double glyphs) => Line == 1 ? height : Math.Max(Math.Min(height, glyphs), height * Line);

    public double Gap(double space) => space * Space;
}
