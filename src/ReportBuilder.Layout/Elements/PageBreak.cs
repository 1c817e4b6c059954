using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>Ends the page here (nothing if the page is still empty).</summary>
internal sealed class PageBreak : Element
{
    private bool done;
    public override void ResetState() => done = false;

    protected override SpacePlan MeasureCore(LayoutContext context, Size available) =>
        done ? SpacePlan.Empty : context.AtPageTop ? SpacePlan.Full(0, 0) : SpacePlan.Partial(0, 0);

    protected override void DrawCore(LayoutContext context, Point origin, Size available) => done = true;
}
