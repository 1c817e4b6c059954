using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>A horizontal line across the available width (decoration).</summary>
internal sealed class Rule : Element
{
    public double Thickness { get; init; } = 0.75;
    public Color Color { get; init; } = Color.Black;

    protected override SpacePlan MeasureCore(LayoutContext context, Size available) =>
        Thickness <= available.Height ? SpacePlan.Full(available.Width, Thickness) : SpacePlan.Wrap("a rule does not fit");

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        context.BeginArtifact(ArtifactKind.Layout);
        double y = origin.Y + Thickness / 2;
        context.DrawLine(new Point(origin.X, y), new Point(origin.X + available.Width, y), new Stroke(Color, Thickness));
        context.EndArtifact();
    }
}
