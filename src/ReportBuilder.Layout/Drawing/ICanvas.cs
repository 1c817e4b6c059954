namespace ReportBuilder.Layout.Drawing;

/// <summary>
/// What elements draw on. The layout engine draws every page through this interface once the
/// layout is final; <c>ReportBuilder.Pdf</c> (PDFsharp) and <c>ReportBuilder.Raster</c> (SkiaSharp)
/// implement it, and a recording canvas in the engine keeps the calls for tests.
/// </summary>
/// <remarks>
/// Calls come in document order: <see cref="BeginDocument"/>, then for each page
/// <see cref="BeginPage"/> … <see cref="EndPage"/>, then <see cref="EndDocument"/>.
/// Structure calls nest and balance over the whole document, not per page: an element begun on
/// one page may end on a later one. Every <see cref="DrawText"/> happens inside a structure element
/// or an artifact. Lengths are points, origin top-left, y down (see <see cref="Point"/>).
/// </remarks>
public interface ICanvas
{
    void BeginDocument(DocumentDescription description);
    void BeginPage(Size size);
    void EndPage();
    void EndDocument();

    void BeginStructure(StructureElement element);
    void EndStructure();

    /// <summary>Starts content that is not part of the text (headers, footers, watermarks, decoration).</summary>
    void BeginArtifact(ArtifactKind kind);
    void EndArtifact();

    /// <summary>
    /// Starts a link over <paramref name="area"/> on the current page: a Link structure element
    /// holding the link annotation and the content drawn until <see cref="EndLink"/>.
    /// </summary>
    void BeginLink(Rect area, LinkTarget target, string? alternateText);
    void EndLink();

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

    /// <summary>Declares a named destination at <paramref name="position"/> on the current page.</summary>
    void AddAnchor(string name, Point position);
}
