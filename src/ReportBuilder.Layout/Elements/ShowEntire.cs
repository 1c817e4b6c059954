using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>Turns a partial fit into a wrap: the child is drawn whole on one page (unless it is taller than a page).</summary>
internal sealed class ShowEntire : ContainerElement
{
    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        var plan = Child.Measure(context, available);
        if (plan.IsPartial && !context.AtPageTop) return SpacePlan.Wrap($"{Child.Describe()} must be shown entire");
        return plan;
    }
}
