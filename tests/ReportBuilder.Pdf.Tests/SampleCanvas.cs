using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Pdf.Tests;

/// <summary>
/// Any backend, as the hand-written samples address it: every call of the canvas contracts in one place, sent on as
/// the engine sends them (text only to a text canvas, other marks only to a drawing canvas, artifacts only to an
/// artifact canvas, the document's other calls only to a document canvas), so one
/// sample drives the PDF and the raster canvas alike.
/// </summary>
/// <param name="backend">The canvas under test.</param>
/// <param name="describe">Changes the description on its way to the backend (null: as the sample gives it).</param>
sealed class SampleCanvas(ICanvas backend, Func<DocumentDescription, DocumentDescription>? describe = null)
{
    readonly ITextCanvas? _text = backend as ITextCanvas;
    readonly IDrawingCanvas? _drawing = backend as IDrawingCanvas;
    readonly IArtifactCanvas? _artifacts = backend as IArtifactCanvas;
    readonly IDocumentCanvas? _document = backend as IDocumentCanvas;

    /// <summary>The same backend, with <paramref name="change"/> applied to the description the sample begins with.</summary>
    public SampleCanvas WithDescription(Func<DocumentDescription, DocumentDescription> change) => new(backend, change);

    public void BeginPage(Size size) => backend.BeginPage(size);
    public void EndPage() => backend.EndPage();

    public void BeginDocument(DocumentDescription description) => _document?.BeginDocument(describe is null ? description : describe(description));
    public void EndDocument() => _document?.EndDocument();
    public void BeginStructure(StructureElement element) => _document?.BeginStructure(element);
    public void EndStructure() => _document?.EndStructure();
    public void BeginArtifact(ArtifactKind kind) => _artifacts?.BeginArtifact(kind);
    public void EndArtifact() => _artifacts?.EndArtifact();
    public void BeginLink(Rect area, LinkTarget target, string? alternateText) => _document?.BeginLink(area, target, alternateText);
    public void EndLink() => _document?.EndLink();
    public void AddAnchor(string name, Point position) => _document?.AddAnchor(name, position);

    public void DrawText(string text, FontFace font, double fontSize, Color color, Point origin) => _text?.DrawText(text, font, fontSize, color, origin);
    public void DrawRectangle(Rect rect, Paint paint) => _drawing?.DrawRectangle(rect, paint);
    public void DrawEllipse(Rect bounds, Paint paint) => _drawing?.DrawEllipse(bounds, paint);
    public void DrawPolygon(IReadOnlyList<Point> points, Paint paint) => _drawing?.DrawPolygon(points, paint);
    public void DrawLine(Point from, Point to, Stroke stroke) => _drawing?.DrawLine(from, to, stroke);
    public void DrawImage(Rect rect, ImageData image) => _drawing?.DrawImage(rect, image);
    public void BeginRotation(Point center, double degrees) => _drawing?.BeginRotation(center, degrees);
    public void EndRotation() => _drawing?.EndRotation();
}
