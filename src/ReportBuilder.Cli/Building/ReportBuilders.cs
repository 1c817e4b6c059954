using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Cli.Building;

/// <summary>The report builder the process uses.</summary>
public static class ReportBuilders
{
    /// <summary>The builder over the report pipeline (replaced when the pipeline lands).</summary>
    public static IReportBuilder CreateDefault() => new Unavailable();

    private sealed class Unavailable : IReportBuilder
    {
        public ReportBuildResult Build(ReportBuildRequest request, CancellationToken cancellationToken = default) =>
            ReportBuildResult.Failed([new Diagnostic(DiagnosticSeverity.Error, "RB9000", "the report pipeline is not part of this build yet",
                SourceSpan.StartOf(request.ReportFolder))]);
    }
}
