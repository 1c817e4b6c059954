using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>Marks the child as an artifact (not part of the text): running heads, decoration, watermarks.</summary>
internal sealed class Artifact : ContainerElement
{
    public ArtifactKind Kind { get; init; } = ArtifactKind.Layout;

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        context.BeginArtifact(Kind);
        Child.Draw(context, origin, available);
        context.EndArtifact();
    }
}
