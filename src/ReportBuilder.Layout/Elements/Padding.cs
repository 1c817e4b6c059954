using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>Space around the child, on every page it appears on.</summary>
/// <remarks>
/// While a section is fitted onto its page (<see cref="FitOnPage"/>) the space above and below is tightened as the
/// space between blocks is: a box's padding is vertical space like a paragraph's gap, and a page of quotation boxes
/// would otherwise have little that could give. The space at the sides never changes, so lines break as before.
/// </remarks>
internal sealed class Padding : ContainerElement
{
    public double Left { get; init; }
    public double Top { get; init; }
    public double Right { get; init; }
    public double Bottom { get; init; }

    private Size Inner(LayoutContext context, Size s) =>
        new(Math.Max(0, s.Width - Left - Right), Math.Max(0, s.Height - context.Squeeze.Gap(Top) - context.Squeeze.Gap(Bottom)));

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        var plan = Child.Measure(context, Inner(context, available));
        if (!plan.Draws) return plan;
        return plan with { Width = plan.Width + Left + Right, Height = plan.Height + context.Squeeze.Gap(Top) + context.Squeeze.Gap(Bottom) };
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available) =>
        Child.Draw(context, new Point(origin.X + Left, origin.Y + context.Squeeze.Gap(Top)), Inner(context, available));

    public override double? IntrinsicWidth(LayoutContext context) => Child.IntrinsicWidth(context) + Left + Right;
}
