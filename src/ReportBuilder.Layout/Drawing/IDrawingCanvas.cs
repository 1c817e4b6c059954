namespace ReportBuilder.Layout.Drawing;

/// <summary>What every backend that makes marks draws: text, shapes, images, and the rotation they are drawn in.</summary>
/// <remarks>
/// Calls come only while a page is open (between <see cref="ICanvas.BeginPage"/> and <see cref="ICanvas.EndPage"/>).
/// Lengths are points, origin top-left, y down (see <see cref="Point"/>). Whether a call is part of the text or
/// decoration is told to an <see cref="IDocumentCanvas"/>, not here: a canvas that only draws is sent the marks alone.
/// </remarks>
public interface IDrawingCanvas
{
    /// <summary>Draws <paramref name="text"/> with its baseline starting at <paramref name="origin"/>.</summary>
    /// <remarks>
    /// Glyph advances are the font's own (no kerning, no shaping), which the layout measured; where kerning is on, the
    /// layout cuts a word at each kerned pair and draws the pieces at their kerned positions.
    /// </remarks>
    void DrawText(string text, FontFace font, double fontSize, Color color, Point origin);

    /// <summary>Draws <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>, as <see cref="DrawText(string, FontFace, double, Color, Point)"/>.</summary>
    /// <remarks>
    /// What the engine calls: a paragraph keeps its text as one string and its lines and words as ranges of it, so the
    /// string of a line is made only here, once per render. A canvas that can draw from a span overrides this.
    /// </remarks>
    void DrawText(string source, int start, int length, FontFace font, double fontSize, Color color, Point origin) =>
        DrawText(start == 0 && length == source.Length ? source : source.Substring(start, length), font, fontSize, color, origin);

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
