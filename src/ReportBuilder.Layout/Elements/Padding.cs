using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>Space around the child, on every page it appears on.</summary>
internal sealed class Padding : ContainerElement
{
    public double Left { get; init; }
    public double Top { get; init; }
    public double Right { get; init; }
    public double Bottom { get; init; }

    private Size Inner(Size s) => new(Math.Max(0, s.Width - Left - Right), Math.Max(0, s.Height - Top - Bottom));

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        var plan = Child.Measure(context, Inner(available));
        if (!plan.Draws) return plan;
        return plan with { Width = plan.Width + Left + Right, Height = plan.Height + Top + Bottom };
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available) =>
        Child.Draw(context, new Point(origin.X + Left, origin.Y + Top), Inner(available));

    public override double? IntrinsicWidth(LayoutContext context) => Child.IntrinsicWidth(context) + Left + Right;
}
