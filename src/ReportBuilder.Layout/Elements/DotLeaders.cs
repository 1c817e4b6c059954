using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>
/// Dot leaders after a paragraph: ". . ." from the end of its last line to the right edge of the space it is given,
/// in the paragraph's own face, size and colour, as decoration (an artifact, not read out).
/// </summary>
/// <remarks>
/// A contents line leads the eye from the title to its page number; the number sits in the next item of a row, so
/// the leaders stop <see cref="Gap"/> short of the edge. The child takes the whole width, so a link around it covers
/// the leaders too. Anything but a paragraph is drawn without leaders.
/// </remarks>
internal sealed class DotLeaders : ContainerElement
{
    public const double Gap = 4;

    public override string Describe() => $"DotLeaders > {Child.Describe()}";

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        var plan = Child.Measure(context, available);
        return plan.Draws && Child is Paragraph ? plan with { Width = available.Width } : plan;
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var plan = Child.Measure(context, available);
        Child.Draw(context, origin, available);
        if (!plan.IsFull || Child is not Paragraph paragraph) return;
        var layout = paragraph.GetLayout(context, available.Width);
        if (layout.Lines.Count == 0) return;
        var last = layout.Lines[^1];
        double top = origin.Y;
        for (int i = 0; i < layout.Lines.Count - 1; i++) top += layout.Lines[i].Height;
        var atom = layout.Atoms[last.Start];
        double dot = atom.Face.MeasureWidth(". ", atom.FontSize);
        double from = origin.X + last.Indent + last.Width + Gap;
        double to = origin.X + available.Width - Gap;
        int dots = dot > 0 ? (int)Math.Floor((to - from) / dot) : 0;
        if (dots <= 0) return;
        // Right-aligned, so that the leaders of every line end in one column.
        context.BeginArtifact(ArtifactKind.Layout);
        context.DrawText(string.Concat(Enumerable.Repeat(". ", dots)).TrimEnd(), atom.Face, atom.FontSize, atom.Color,
            new Point(to - dots * dot + atom.Face.MeasureWidth(" ", atom.FontSize), top + last.Baseline));
        context.EndArtifact();
    }
}
