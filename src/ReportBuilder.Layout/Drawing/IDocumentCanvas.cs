namespace ReportBuilder.Layout.Drawing;

/// <summary>
/// What a tagged document needs besides its marks: the document's description and outline, its logical structure,
/// the artifacts (content that is not text, <see cref="IArtifactCanvas"/>), links and named destinations.
/// </summary>
/// <remarks>
/// <see cref="BeginDocument"/> comes before the first page and <see cref="EndDocument"/> after the last. Structure
/// calls nest and balance over the whole document, not per page: an element begun on one page may end on a later
/// one. Artifacts, links and anchors belong to the page that is open. Every text a canvas that also draws
/// (<see cref="IDrawingCanvas"/>) is sent lies inside a structure element or an artifact.
/// </remarks>
public interface IDocumentCanvas : IArtifactCanvas
{
    /// <summary>Starts the document; <paramref name="description"/> carries its metadata, page count and outline.</summary>
    void BeginDocument(DocumentDescription description);
    void EndDocument();

    void BeginStructure(StructureElement element);
    void EndStructure();

    /// <summary>
    /// Starts a link over <paramref name="area"/> on the current page: a Link structure element
    /// holding the link annotation and the content drawn until <see cref="EndLink"/>.
    /// </summary>
    void BeginLink(Rect area, LinkTarget target, string? alternateText);
    void EndLink();

    /// <summary>Declares a named destination at <paramref name="position"/> on the current page.</summary>
    void AddAnchor(string name, Point position);
}
