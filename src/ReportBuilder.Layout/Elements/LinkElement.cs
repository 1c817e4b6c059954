using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Elements;

/// <summary>Makes the child a link (to an anchor or a URI) over the area it covers on each page.</summary>
internal sealed class LinkElement : ContainerElement
{
    public required LinkSpec Target { get; init; }
    public string? AlternateText { get; init; }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var plan = Child.Measure(context, available);
        if (!plan.Draws) return;
        bool link = context.BeginLink(new Rect(origin.X, origin.Y, Math.Max(plan.Width, 1), plan.Height), Target, AlternateText);
        Child.Draw(context, origin, available);
        if (link) context.EndLink();
    }
}
