using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Elements;

/// <summary>Large text centred in the space, by default along its rising diagonal (a DRAFT watermark on the foreground layer).</summary>
internal sealed class Watermark : Element
{
    public required string Text { get; init; }
    public TextStyle Style { get; init; } = new() { FontSize = 96, Bold = true, Color = new Color(200, 200, 200, 110) };
    /// <summary>Degrees counter-clockwise; null: the diagonal from the bottom-left to the top-right corner of the space.</summary>
    public double? Angle { get; init; }

    protected override SpacePlan MeasureCore(LayoutContext context, Size available) => SpacePlan.Full(available.Width, available.Height);

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var style = Style.InheritFrom(context.DefaultStyle);
        var face = context.Fonts.Resolve(style.FontFamily!, style.Bold == true, style.Italic == true);
        double size = style.FontSize!.Value;
        double degrees = Angle ?? Math.Atan2(available.Height, available.Width) * 180 / Math.PI;
        double radians = degrees * Math.PI / 180;
        // The turned text must fit in 90% of the space both across and down.
        double w = face.MeasureWidth(Text, size);
        double across = w * Math.Abs(Math.Cos(radians)), down = w * Math.Abs(Math.Sin(radians));
        double shrink = Math.Min(1, Math.Min(across > 0 ? available.Width * 0.9 / across : 1, down > 0 ? available.Height * 0.9 / down : 1));
        if (shrink < 1) { size *= shrink; w = face.MeasureWidth(Text, size); }
        var center = new Point(origin.X + available.Width / 2, origin.Y + available.Height / 2);
        double baseline = center.Y + face.Metrics.CapHeight * size / 2;
        bool turned = Math.Abs(degrees) > 1e-9;
        if (turned) context.BeginRotation(center, degrees);
        context.DrawText(Text, face, size, style.Color!.Value, new Point(center.X - w / 2, baseline));
        if (turned) context.EndRotation();
    }
}
