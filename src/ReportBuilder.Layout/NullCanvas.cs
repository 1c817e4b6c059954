using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Layout;

/// <summary>
/// A canvas that draws nothing and counts pages: what layout costs alone, without a backend (benchmarks, profiling,
/// a page count before a real render).
/// </summary>
public sealed class NullCanvas : ICanvas
{
    public int Pages { get; private set; }
    public void BeginDocument(DocumentDescription description) { }
    public void BeginPage(Size size) => Pages++;
    public void EndPage() { }
    public void EndDocument() { }
    public void BeginStructure(StructureElement element) { }
    public void EndStructure() { }
    public void BeginArtifact(ArtifactKind kind) { }
    public void EndArtifact() { }
    public void BeginLink(Rect area, LinkTarget target, string? alternateText) { }
    public void EndLink() { }
    public void DrawText(string text, FontFace font, double fontSize, Color color, Point origin) { }
    public void DrawText(string source, int start, int length, FontFace font, double fontSize, Color color, Point origin) { }
    public void DrawRectangle(Rect rect, Paint paint) { }
    public void DrawEllipse(Rect bounds, Paint paint) { }
    public void DrawPolygon(IReadOnlyList<Point> points, Paint paint) { }
    public void DrawLine(Point from, Point to, Stroke stroke) { }
    public void DrawImage(Rect rect, ImageData image) { }
    public void AddAnchor(string name, Point position) { }
    public void BeginRotation(Point center, double degrees) { }
    public void EndRotation() { }
}
