using ReportBuilder.Data.Loading;
using ReportBuilder.Pipeline.PageText;
using ReportBuilder.Pipeline.Warm;
using ReportBuilder.Raster;
using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Pipeline.Building;

/// <summary>The report builder the process uses: the report pipeline.</summary>
public static class ReportBuilders
{
    public static IReportBuilder CreateDefault() => new PipelineReportBuilder();
}

/// <summary>
/// <see cref="IReportBuilder"/> over <see cref="ReportPipeline"/>, <see cref="HtmlEditionBuilder"/> and
/// <see cref="PageTextEdition"/>: a final refuses on
/// errors, a draft builds despite them. Warm: one builder keeps its parsed templates, template sets and fonts between
/// calls (<see cref="PipelineCache"/>), so <c>watch</c> and <c>archive</c>, which make one builder each, rebuild warm.
/// </summary>
/// <param name="cache">What to keep between builds; null: a cache of this builder's own.</param>
public sealed class PipelineReportBuilder(PipelineCache? cache = null) : IReportBuilder
{
    public PipelineCache Cache { get; } = cache ?? new PipelineCache();

    public ReportBuildResult Build(ReportBuildRequest request, CancellationToken cancellationToken = default) => request.Edition switch
    {
        ReportEdition.Html => BuildHtml(request, cancellationToken),
        ReportEdition.PageText => PageTextEdition.Build(request, Cache, cancellationToken),
        _ => BuildPdf(request, cancellationToken),
    };

    private ReportBuildResult BuildPdf(ReportBuildRequest request, CancellationToken cancellationToken)
    {
        var result = ReportPipeline.Run(request.ReportFolder, new PipelineOptions
        {
            TemplatesRoot = request.TemplatesRoot,
            FontsFolder = request.FontsFolder,
            AllowErrors = request.Mode == BuildMode.Draft,
            Draft = request.Mode == BuildMode.Draft ? new DraftMarks(request.BuildDate ?? DateOnly.FromDateTime(DateTime.Now)) : null,
            Limits = request.Limits ?? ReportLimits.Default,
            Cache = Cache,
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
            Html = request.AlsoHtml && result.Pdf is not null && result.Rendered is not null ? Html.HtmlEdition.Files(result.Rendered.Markdown) : null,
        };
    }

    private ReportBuildResult BuildHtml(ReportBuildRequest request, CancellationToken cancellationToken)
    {
        var result = HtmlEditionBuilder.Render(request.ReportFolder, request.TemplatesRoot, request.Limits, cancellationToken, Cache);
        return new ReportBuildResult(null, 0, result.Diagnostics.Sorted(), [])
        {
            Html = result.Files,
            Markdown = request.EmitMarkdown && result.Files is not null ? result.Rendered?.Flattened() : null,
        };
    }
}
