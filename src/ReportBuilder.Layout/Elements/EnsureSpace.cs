using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>Wants at least <see cref="MinHeight"/> on the page where it starts; otherwise moves to the next page.</summary>
internal sealed class EnsureSpace : ContainerElement
{
    private bool started;
    public double MinHeight { get; init; }

    public override void ResetState() => started = false;

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        var plan = Child.Measure(context, available);
        if (!started && plan.IsPartial && available.Height < MinHeight && !context.AtPageTop)
            return SpacePlan.Wrap($"{Child.Describe()} needs {MinHeight:0.#} pt to start, {available.Height:0.#} pt left");
        return plan;
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        started = true;
        base.DrawCore(context, origin, available);
    }
}
