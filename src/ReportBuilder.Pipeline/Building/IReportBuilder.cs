namespace ReportBuilder.Pipeline.Building;

/// <summary>
/// The one seam between the workflows (draft, watch, archive) and the report pipeline: build one report folder into PDF bytes.
/// </summary>
/// <remarks>
/// Implementations must be safe to call from several threads at once (<c>archive --jobs N</c>) and should keep what is
/// expensive to make (fonts, parsed templates) between calls, because <c>watch</c> rebuilds in a warm process.
/// They never write files: the workflows decide where bytes go, and write them atomically.
/// </remarks>
public interface IReportBuilder
{
    /// <summary>Builds one report. Problems in the report are returned as diagnostics, not thrown.</summary>
    ReportBuildResult Build(ReportBuildRequest request, CancellationToken cancellationToken = default);
}
