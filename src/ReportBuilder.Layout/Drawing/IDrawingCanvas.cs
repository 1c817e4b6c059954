namespace ReportBuilder.Layout.Drawing;

/// <summary>What every backend that makes marks draws: text (<see cref="ITextCanvas"/>), shapes, images, and the rotation they are drawn in.</summary>
/// <remarks>
/// Calls come only while a page is open (between <see cref="ICanvas.BeginPage"/> and <see cref="ICanvas.EndPage"/>).
/// Lengths are points, origin top-left, y down (see <see cref="Point"/>). Whether a call is part of the text or
/// decoration is told to an <see cref="IArtifactCanvas"/>, not here: a canvas that only draws is sent the marks alone.
/// </remarks>
public interface IDrawingCanvas : ITextCanvas
{
    void DrawRectangle(Rect rect, Paint paint);
    void DrawEllipse(Rect bounds, Paint paint);
    void DrawPolygon(IReadOnlyList<Point> points, Paint paint);
    void DrawLine(Point from, Point to, Stroke stroke);
    void DrawImage(Rect rect, ImageData image);

    /// <summary>
    /// Turns what is drawn until <see cref="EndRotation"/> by <paramref name="degrees"/> about
    /// <paramref name="center"/>: positive angles turn counter-clockwise as seen on the page, so a
    /// diagonal watermark rising from bottom left to top right has a positive angle.
    /// </summary>
    /// <remarks>Rotations nest and are balanced within a page; the layout uses them for decoration only (watermarks), never for text in the structure.</remarks>
    void BeginRotation(Point center, double degrees);
    void EndRotation();
}
