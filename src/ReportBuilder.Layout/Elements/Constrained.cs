using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>Fixed width and/or height for the child (min/max constraints kept simple: exact sizes).</summary>
internal sealed class Constrained : ContainerElement
{
    public double? Width { get; init; }
    public double? MinHeight { get; init; }

    private Size Inner(Size s) => new(Width is { } w ? Math.Min(w, s.Width) : s.Width, s.Height);

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        if (MinHeight is { } min && min > available.Height && !context.AtPageTop) return SpacePlan.Wrap($"needs {min:0.#} pt");
        var plan = Child.Measure(context, Inner(available));
        if (MinHeight is { } m && plan.Completes) plan = SpacePlan.Full(plan.Width, Math.Max(plan.Height, Math.Min(m, available.Height)), plan.Reserved);
        return Width is { } width && plan.Draws ? plan with { Width = width } : plan;
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var inner = Inner(available);
        if (MinHeight is not null && Measure(context, available) is { IsFull: true } plan) inner = inner with { Height = plan.Height };
        Child.Draw(context, origin, inner);
    }

    public override double? IntrinsicWidth(LayoutContext context) => Width ?? Child.IntrinsicWidth(context);
}
