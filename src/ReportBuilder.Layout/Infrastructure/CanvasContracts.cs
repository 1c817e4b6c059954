using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Layout.Infrastructure;

/// <summary>
/// The contracts one backend implements, looked up once per render, so that each recorded call goes only to a
/// backend that takes it: text to a text canvas, other marks to a drawing canvas, artifacts to an artifact canvas,
/// structure, links and anchors to a document canvas. A drawing canvas is a text canvas and a document canvas an
/// artifact canvas, so each of those gets what it did before the contracts were split.
/// </summary>
internal readonly record struct CanvasContracts(ITextCanvas? Text, IDrawingCanvas? Drawing, IArtifactCanvas? Artifacts, IDocumentCanvas? Document)
{
    public static CanvasContracts Of(ICanvas canvas) =>
        new(canvas as ITextCanvas, canvas as IDrawingCanvas, canvas as IArtifactCanvas, canvas as IDocumentCanvas);

    /// <summary>True for a canvas of pages alone (<see cref="NullCanvas"/>): nothing on a page is sent to it.</summary>
    public bool PagesOnly => Text is null && Drawing is null && Artifacts is null && Document is null;
}
