using System.Text;
using ReportBuilder.Pipeline.Building;
using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Cli.Tests.Support;

/// <summary>
/// Stands in for the pipeline where a test is about the workflow, not the PDF: the "PDF" is made of the report's files, so it
/// changes exactly when an input does; a report without standards.csv fails with an error naming it. Counts its builds.
/// </summary>
public sealed class FakeReportBuilder : IReportBuilder
{
    private int _builds;

    public int Builds => _builds;

    /// <summary>Called inside every build, e.g. to slow builds down or to throw.</summary>
    public Action<ReportBuildRequest>? During { get; init; }

    public ReportBuildResult Build(ReportBuildRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _builds);
        During?.Invoke(request);
        var standards = Path.Combine(request.ReportFolder, "standards.csv");
        if (!File.Exists(standards))
            return ReportBuildResult.Failed([new Diagnostic(DiagnosticSeverity.Error, "RB0100", "standards.csv is missing", SourceSpan.StartOf(standards))]);

        var pdf = new StringBuilder("%PDF-1.7\n");
        var files = Directory.GetFiles(request.ReportFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(request.ReportFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
            pdf.Append("% ").Append(file).Append('\n').Append(File.ReadAllText(Path.Combine(request.ReportFolder, file)));
        if (request.Mode == BuildMode.Draft) pdf.Append("% DRAFT\n");
        pdf.Append("%%EOF\n");
        var pages = Directory.GetFiles(Path.Combine(request.ReportFolder, "standards")).Length;
        return new ReportBuildResult(Encoding.UTF8.GetBytes(pdf.ToString()), pages, [], []);
    }
}
