using ReportBuilder.Data.Loading;
using ReportBuilder.Raster;
using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Pipeline.Building;

/// <summary>The report builder the process uses: the report pipeline.</summary>
public static class ReportBuilders
{
    public static IReportBuilder CreateDefault() => new PipelineReportBuilder();
}

/// <summary>
/// <see cref="IReportBuilder"/> over <see cref="ReportPipeline"/> and <see cref="HtmlEditionBuilder"/>: a final refuses on
/// errors, a draft builds despite them. The pipeline keeps fonts per process, so every call after the first is warm.
/// </summary>
public sealed class PipelineReportBuilder : IReportBuilder
{
    public ReportBuildResult Build(ReportBuildRequest request, CancellationToken cancellationToken = default) =>
        request.Edition == ReportEdition.Html ? BuildHtml(request, cancellationToken) : BuildPdf(request, cancellationToken);

    private static ReportBuildResult BuildPdf(ReportBuildRequest request, CancellationToken cancellationToken)
    {
        var result = ReportPipeline.Run(request.ReportFolder, new PipelineOptions
        {
            TemplatesRoot = request.TemplatesRoot,
            FontsFolder = request.FontsFolder,
            AllowErrors = request.Mode == BuildMode.Draft,
            Draft = request.Mode == BuildMode.Draft ? new DraftMarks(request.BuildDate ?? DateOnly.FromDateTime(DateTime.Now)) : null,
            Limits = request.Limits ?? ReportLimits.Default,
        }, cancellationToken);
        var pngs = new List<byte[]>();
        if (request.RenderPng && result.Pdf is not null && result.Rendered is not null)
        {
            // The same layout document drawn again on the raster canvas: the pages match the PDF's.
            using var canvas = new RasterCanvas(new RasterOptions { Dpi = 60 }, (index, png) => pngs.Add(png));
            result.Rendered.Layout.Generate(canvas);
        }
        return new ReportBuildResult(result.Pdf, result.Pages, result.Diagnostics.Sorted(), pngs)
        {
            Timings = result.Timings,
            Loaded = result.Loaded,
            Markdown = request.EmitMarkdown && result.Pdf is not null ? result.Rendered?.Markdown.Flattened() : null,
        };
    }

    private static ReportBuildResult BuildHtml(ReportBuildRequest request, CancellationToken cancellationToken)
    {
        var result = HtmlEditionBuilder.Render(request.ReportFolder, request.TemplatesRoot, request.Limits, cancellationToken);
        return new ReportBuildResult(null, 0, result.Diagnostics.Sorted(), [])
        {
            Html = result.Files,
            Markdown = request.EmitMarkdown && result.Files is not null ? result.Rendered?.Flattened() : null,
        };
    }
}
