using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Cli.Preview;

/// <summary>
/// What the preview shows after a rebuild: the problems of this build, and the pages of the last build that gave any,
/// so that a broken save keeps the last good pages on screen beside the errors that broke it.
/// </summary>
/// <param name="Build">Counts every rebuild from 1; the page asks for its state again when the number moves.</param>
/// <param name="PagesBuild">The build the pages, the HTML edition and the PDF come from (0: none yet).</param>
/// <param name="Html">The HTML edition's files by path (<c>index.html</c>, <c>report.css</c>), from that build.</param>
/// <param name="Written">Whether this build gave a draft (errors a draft can live with still give one).</param>
/// <param name="Changed">The file whose save caused the rebuild, relative to the current directory; null for the first.</param>
public sealed record PreviewSnapshot(
    int Build,
    int PagesBuild,
    bool Written,
    IReadOnlyList<byte[]> Pages,
    IReadOnlyDictionary<string, byte[]> Html,
    byte[]? Pdf,
    IReadOnlyList<Diagnostic> Problems,
    TimeSpan Elapsed,
    string? Changed)
{
    public static PreviewSnapshot Empty { get; } = new(0, 0, false, [], new Dictionary<string, byte[]>(), null, [], TimeSpan.Zero, null);
}
