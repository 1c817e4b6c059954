using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>
/// A section that would leave only a few lines for the next page is fitted onto this one by tightening its vertical
/// space, within the limit <see cref="Tightest"/>; one that overflows by more than <see cref="MaxOverflow"/>, or that
/// tightening cannot fit, breaks as before.
/// </summary>
/// <remarks>
/// A typesetter's rule: a page holding only the last lines of a section looks like an accident, and a reader citing
/// "the section on page 16" should find all of it there. The squeeze is the least of <see cref="Steps"/> even steps
/// that fits, so a section a line too long is tightened a little, not to the limit. It applies on any page of the
/// section, so a long section's last page is fitted as well as a short section's only one.
/// </remarks>
internal sealed class FitOnPage : ContainerElement
{
    public const int Steps = 8;

    /// <summary>The most the section may overflow the page (in points) and still be fitted.</summary>
    public double MaxOverflow { get; init; }

    /// <summary>The tightest the section may be set.</summary>
    public VerticalSqueeze Tightest { get; init; } = VerticalSqueeze.None;

    public override string Describe() => $"FitOnPage > {Child.Describe()}";

    protected override SpacePlan MeasureCore(LayoutContext context, Size available) => Choose(context, available).Plan;

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var (squeeze, _) = Choose(context, available);
        if (squeeze.IsNone)
        {
            Child.Draw(context, origin, available);
            return;
        }
        var saved = context.Squeeze;
        context.Squeeze = squeeze;
        try { Child.Draw(context, origin, available); }
        finally { context.Squeeze = saved; }
    }

    /// <summary>The squeeze this page needs (none when the section fits, or cannot be fitted) and the plan with it.</summary>
    private (VerticalSqueeze Squeeze, SpacePlan Plan) Choose(LayoutContext context, Size available)
    {
        var plan = Child.Measure(context, available);
        // A section inside a fitted one is fitted by it; nothing to do when all fits or nothing does.
        if (!plan.IsPartial || MaxOverflow <= 0 || Tightest.IsNone || !context.Squeeze.IsNone) return (VerticalSqueeze.None, plan);
        if (!Child.Measure(context, available with { Height = available.Height + MaxOverflow }).IsFull) return (VerticalSqueeze.None, plan);
        try
        {
            for (int step = 1; step <= Steps; step++)
            {
                var squeeze = VerticalSqueeze.Toward(Tightest, (double)step / Steps);
                context.Squeeze = squeeze;
                var squeezed = Child.Measure(context, available);
                if (squeezed.IsFull) return (squeeze, squeezed);
            }
        }
        finally { context.Squeeze = VerticalSqueeze.None; }
        return (VerticalSqueeze.None, plan);
    }
}
