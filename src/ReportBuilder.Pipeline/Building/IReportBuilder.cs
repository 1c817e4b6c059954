namespace ReportBuilder.Pipeline.Building;

/// <summary>
/// The one seam between the commands (build, draft, watch, archive, diff) and the report pipeline: build one report folder
/// into the edition the request names (final or draft PDF, with PNG pages if asked, the HTML edition, or the page text).
/// </summary>
/// <remarks>
/// Implementations must be safe to call from several threads at once (<c>archive --jobs N</c>) and should keep what is
/// expensive to make (fonts, parsed templates, template sets) between calls, because <c>watch</c> rebuilds in a warm
/// process (<see cref="PipelineReportBuilder"/> does, through its <see cref="Warm.PipelineCache"/>).
/// They never write files: the commands decide where bytes go and write them through <see cref="Output.ReportWriter"/>.
/// </remarks>
public interface IReportBuilder
{
    /// <summary>Builds one report. Problems in the report are returned as diagnostics, not thrown.</summary>
    ReportBuildResult Build(ReportBuildRequest request, CancellationToken cancellationToken = default);
}
