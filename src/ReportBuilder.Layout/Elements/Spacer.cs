using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>Blank vertical space (not carried over to the next page).</summary>
internal sealed class Spacer : Element
{
    public double Height { get; init; }

    protected override SpacePlan MeasureCore(LayoutContext context, Size available) =>
        SpacePlan.Full(0, Math.Min(Height, available.Height));

    protected override void DrawCore(LayoutContext context, Point origin, Size available) { }
}
