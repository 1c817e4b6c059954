using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>A named destination at the top of the child, for links and the contents.</summary>
internal sealed class AnchorElement : ContainerElement
{
    private bool placed;
    public required string Name { get; init; }

    public override void ResetState() => placed = false;

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        var plan = Child.Measure(context, available);
        return plan.IsEmpty && !placed ? SpacePlan.Full(0, 0) : plan;
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        if (!placed)
        {
            placed = true;
            context.AddAnchor(Name, origin.Y);
            context.MarkContent();
        }
        Child.Draw(context, origin, available);
    }
}
