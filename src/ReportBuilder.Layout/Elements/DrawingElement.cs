using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Elements;

/// <summary>A vector drawing (a chart): shapes and text in a box of fixed size, scaled down to the width if needed; a Figure with alt text.</summary>
internal sealed class DrawingElement : Element
{
    private bool done;
    public required double Width { get; init; }
    public required double Height { get; init; }
    public required string AlternateText { get; init; }
    public List<Shape> Shapes { get; } = [];

    public override void ResetState() => done = false;
    public override double? IntrinsicWidth(LayoutContext context) => Width;

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        if (done) return SpacePlan.Empty;
        double scale = Math.Min(1, available.Width / Width);
        double h = Height * scale;
        return h <= available.Height + 1e-6 ? SpacePlan.Full(Width * scale, h) : SpacePlan.Wrap($"drawing \"{AlternateText}\" needs {h:0.#} pt");
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        if (done) return;
        done = true;
        double s = Math.Min(1, available.Width / Width);
        Point P(Point p) => new(origin.X + p.X * s, origin.Y + p.Y * s);
        Rect R(Rect r) => new(origin.X + r.X * s, origin.Y + r.Y * s, r.Width * s, r.Height * s);
        bool figure = context.BeginStructure(new StructureElement(StructureRole.Figure) { AlternateText = AlternateText });
        foreach (var shape in Shapes)
        {
            switch (shape)
            {
                case RectShape r: context.DrawRectangle(R(r.Rect), r.Paint); break;
                case EllipseShape e: context.DrawEllipse(R(e.Rect), e.Paint); break;
                case LineShape l: context.DrawLine(P(l.From), P(l.To), l.Stroke with { Width = l.Stroke.Width * s }); break;
                case PolygonShape g: context.DrawPolygon(g.Points.Select(P).ToList(), g.Paint); break;
                case TextShape t: DrawText(context, t, P(t.Origin), s); break;
            }
        }
        if (figure) context.EndStructure();
        context.MarkContent();
    }

    private static void DrawText(LayoutContext context, TextShape t, Point at, double scale)
    {
        var style = t.Style.InheritFrom(context.DefaultStyle);
        var measured = new Paragraph { Role = null, Style = style with { FontSize = style.FontSize * scale } };
        measured.Inlines.Add(new TextInline(t.Text));
        var layout = measured.GetLayout(context, 1e7);
        if (layout.Lines.Count == 0) return;
        var line = layout.Lines[0];
        double x = at.X - t.Anchor switch { TextAnchor.Middle => line.Width / 2, TextAnchor.End => line.Width, _ => 0 };
        // Drawn with a space after it (placed by the text without), so the labels read as words, not "children0".
        var paragraph = new Paragraph { Role = null, Style = measured.Style };
        paragraph.Inlines.Add(new TextInline(t.Text + "\u00A0"));
        var drawn = paragraph.GetLayout(context, 1e7);
        // Draw at the given baseline: the paragraph draws from a line top.
        paragraph.DrawLines(context, 0, 1, new Point(x, at.Y - drawn.Lines[0].Baseline), 1e7);
    }
}
