using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Layout.Infrastructure;

/// <summary>One recorded canvas call of a laid-out page, replayed onto the real canvas once layout is final.</summary>
internal abstract class Op
{
    public abstract void Replay(ICanvas canvas);
}

internal sealed class TextOp(string text, FontFace font, double size, Color color, Point origin) : Op
{
    public override void Replay(ICanvas canvas) => canvas.DrawText(text, font, size, color, origin);
}

internal sealed class RectangleOp(Rect rect, Paint paint) : Op
{
    public override void Replay(ICanvas canvas) => canvas.DrawRectangle(rect, paint);
}

internal sealed class EllipseOp(Rect rect, Paint paint) : Op
{
    public override void Replay(ICanvas canvas) => canvas.DrawEllipse(rect, paint);
}

internal sealed class PolygonOp(IReadOnlyList<Point> points, Paint paint) : Op
{
    public override void Replay(ICanvas canvas) => canvas.DrawPolygon(points, paint);
}

internal sealed class LineOp(Point from, Point to, Stroke stroke) : Op
{
    public override void Replay(ICanvas canvas) => canvas.DrawLine(from, to, stroke);
}

internal sealed class ImageOp(Rect rect, ImageData image) : Op
{
    public override void Replay(ICanvas canvas) => canvas.DrawImage(rect, image);
}

internal sealed class AnchorOp(string name, Point position) : Op
{
    public override void Replay(ICanvas canvas) => canvas.AddAnchor(name, position);
}

internal sealed class BeginStructureOp(StructureElement element) : Op
{
    public override void Replay(ICanvas canvas) => canvas.BeginStructure(element);
}

internal sealed class EndStructureOp : Op
{
    public static readonly EndStructureOp Instance = new();
    public override void Replay(ICanvas canvas) => canvas.EndStructure();
}

internal sealed class BeginArtifactOp(ArtifactKind kind) : Op
{
    public override void Replay(ICanvas canvas) => canvas.BeginArtifact(kind);
}

internal sealed class EndArtifactOp : Op
{
    public static readonly EndArtifactOp Instance = new();
    public override void Replay(ICanvas canvas) => canvas.EndArtifact();
}

/// <summary>A link whose target is resolved at replay, when every anchor's final place is known.</summary>
internal sealed class BeginLinkOp(Rect area, Func<LinkTarget> target, string? alternateText) : Op
{
    public override void Replay(ICanvas canvas) => canvas.BeginLink(area, target(), alternateText);
}

internal sealed class EndLinkOp : Op
{
    public static readonly EndLinkOp Instance = new();
    public override void Replay(ICanvas canvas) => canvas.EndLink();
}

/// <summary>Ops whose vertical place is known only when the page is complete (footnotes): shifted by <see cref="Dy"/>.</summary>
internal sealed class GroupOp : Op
{
    public List<Op> Ops { get; } = [];
    public double Dy { get; set; }

    public override void Replay(ICanvas canvas)
    {
        var target = Dy == 0 ? canvas : new TranslatingCanvas(canvas, Dy);
        foreach (var op in Ops) op.Replay(target);
    }
}

/// <summary>Forwards calls to another canvas, moved down by a fixed distance.</summary>
internal sealed class TranslatingCanvas(ICanvas inner, double dy) : ICanvas
{
    private Point P(Point p) => new(p.X, p.Y + dy);
    private Rect R(Rect r) => r with { Y = r.Y + dy };

    public void BeginDocument(DocumentDescription description) => inner.BeginDocument(description);
    public void BeginPage(Size size) => inner.BeginPage(size);
    public void EndPage() => inner.EndPage();
    public void EndDocument() => inner.EndDocument();
    public void BeginStructure(StructureElement element) => inner.BeginStructure(element);
    public void EndStructure() => inner.EndStructure();
    public void BeginArtifact(ArtifactKind kind) => inner.BeginArtifact(kind);
    public void EndArtifact() => inner.EndArtifact();
    public void BeginLink(Rect area, LinkTarget target, string? alternateText) => inner.BeginLink(R(area), target, alternateText);
    public void EndLink() => inner.EndLink();
    public void DrawText(string text, FontFace font, double fontSize, Color color, Point origin) => inner.DrawText(text, font, fontSize, color, P(origin));
    public void DrawRectangle(Rect rect, Paint paint) => inner.DrawRectangle(R(rect), paint);
    public void DrawEllipse(Rect bounds, Paint paint) => inner.DrawEllipse(R(bounds), paint);
    public void DrawPolygon(IReadOnlyList<Point> points, Paint paint) => inner.DrawPolygon(points.Select(P).ToList(), paint);
    public void DrawLine(Point from, Point to, Stroke stroke) => inner.DrawLine(P(from), P(to), stroke);
    public void DrawImage(Rect rect, ImageData image) => inner.DrawImage(R(rect), image);
    public void AddAnchor(string name, Point position) => inner.AddAnchor(name, P(position));
}
