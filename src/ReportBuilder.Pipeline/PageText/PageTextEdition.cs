using ReportBuilder.Data.Loading;
using ReportBuilder.Layout;
using ReportBuilder.Pipeline.Building;
using ReportBuilder.Pipeline.Warm;
using ReportBuilder.Templating;

namespace ReportBuilder.Pipeline.PageText;

/// <summary>
/// The page-text edition (<see cref="ReportEdition.PageText"/>): the report loaded and rendered as for its PDF, and
/// its layout drawn onto a <see cref="PageTextCanvas"/> instead of the PDF writer, so <c>diff</c> learns on which page
/// each paragraph lies at the cost of layout alone. Nothing is written and no PDF is made.
/// </summary>
internal static class PageTextEdition
{
    public static ReportBuildResult Build(ReportBuildRequest request, PipelineCache cache, CancellationToken cancellationToken)
    {
        var limits = request.Limits ?? ReportLimits.Default;
        var stages = ReportPipeline.Render(request.ReportFolder, new PipelineOptions
        {
            TemplatesRoot = request.TemplatesRoot, FontsFolder = request.FontsFolder, Limits = limits, Cache = cache,
        }, cancellationToken);
        var pages = stages.Rendered is { } rendered ? LayOut(rendered, limits, cancellationToken) : null;
        return new ReportBuildResult(null, pages?.Pages ?? 0, stages.Diagnostics.Sorted(), [])
        {
            Loaded = stages.Loaded,
            PageText = pages,
        };
    }

    /// <summary>
    /// The same page and time limits as a build, so a pathological version costs no more here than there. Past either,
    /// or when the layout fails, the page text is unknown (null): the report read from its folder still stands.
    /// </summary>
    private static PageTextCanvas? LayOut(RenderedReport rendered, ReportLimits limits, CancellationToken cancellationToken)
    {
        var pages = new PageTextCanvas();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(limits.TimeLimit);
        try
        {
            rendered.Layout.Generate(pages, new LayoutOptions { MaxPages = limits.MaxPages, CancellationToken = budget.Token });
            return pages;
        }
        catch (Exception e) when (e is LayoutException || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
