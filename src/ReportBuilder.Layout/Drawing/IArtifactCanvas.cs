namespace ReportBuilder.Layout.Drawing;

/// <summary>Which of what is drawn is not part of the text: running heads, footers, watermarks, decoration.</summary>
/// <remarks>
/// Artifacts belong to the page that is open, nest and balance within it. A backend that must tell the body's words
/// from the running heads' (the page text <c>diff</c> searches) implements this without the rest of
/// <see cref="IDocumentCanvas"/>, which extends it: a tagged document marks its artifacts too.
/// </remarks>
public interface IArtifactCanvas
{
    /// <summary>Starts content that is not part of the text (headers, footers, watermarks, decoration).</summary>
    void BeginArtifact(ArtifactKind kind);
    void EndArtifact();
}
