namespace ReportBuilder.Layout.Drawing;

/// <summary>
/// Where a laid-out document goes: a sequence of pages. Every backend takes pages; what it does with them is said by
/// the other canvas contracts it implements.
/// </summary>
/// <remarks>
/// <para>
/// A canvas that is also an <see cref="IDrawingCanvas"/> has each page's text, shapes and images drawn on it between
/// <see cref="BeginPage"/> and <see cref="EndPage"/> (<c>RasterCanvas</c>); one that is only an
/// <see cref="ITextCanvas"/> gets the text alone. One that is also an <see cref="IDocumentCanvas"/> receives the
/// document around the pages and what a tagged document needs: its description and outline, structure, artifacts,
/// links and anchors (<c>PdfCanvas</c>, <see cref="RecordingCanvas"/>); one that is only an
/// <see cref="IArtifactCanvas"/> is told which text is a running head or a watermark (the page text <c>diff</c>
/// searches: a text and artifact canvas). One that is none of them only counts (<see cref="NullCanvas"/>). The layout is the same for all of them; a backend is
/// sent only the calls of the contracts it implements, in the same order as any other backend.
/// </para>
/// <para>
/// Calls come in document order: <see cref="IDocumentCanvas.BeginDocument"/>, then for each page
/// <see cref="BeginPage"/> … <see cref="EndPage"/>, then <see cref="IDocumentCanvas.EndDocument"/>. Lengths are
/// points, origin top-left, y down (see <see cref="Point"/>).
/// </para>
/// </remarks>
public interface ICanvas
{
    void BeginPage(Size size);
    void EndPage();
}
