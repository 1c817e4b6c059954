using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>A background colour and/or a border around the child, as decoration (an artifact).</summary>
internal sealed class Box : ContainerElement
{
    public Color? Background { get; init; }
    public Stroke? Border { get; init; }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var plan = Child.Measure(context, available);
        if (plan.IsWrap) return;
        // An empty box is drawn only where a parent gave it a size (MinHeight): it then fills it.
        var rect = new Rect(origin.X, origin.Y, available.Width, plan.Draws ? plan.Height : available.Height);
        if (Background is { } bg)
        {
            context.BeginArtifact(ArtifactKind.Layout);
            context.DrawRectangle(rect, new Paint(bg));
            context.EndArtifact();
        }
        Child.Draw(context, origin, available);
        if (Border is { } b)
        {
            context.BeginArtifact(ArtifactKind.Layout);
            context.DrawRectangle(rect, new Paint(null, b.Color, b.Width));
            context.EndArtifact();
        }
    }
}
