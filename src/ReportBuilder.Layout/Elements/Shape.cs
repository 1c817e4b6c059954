using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Elements;

/// <summary>A shape of a vector drawing, in the drawing's own coordinates.</summary>
internal abstract record Shape;
internal sealed record RectShape(Rect Rect, Paint Paint) : Shape;
internal sealed record EllipseShape(Rect Rect, Paint Paint) : Shape;
internal sealed record LineShape(Point From, Point To, Stroke Stroke) : Shape;
internal sealed record PolygonShape(IReadOnlyList<Point> Points, Paint Paint) : Shape;
internal sealed record TextShape(Point Origin, string Text, TextStyle Style, TextAnchor Anchor) : Shape;
