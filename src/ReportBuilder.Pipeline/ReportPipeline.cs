using ReportBuilder.Data.Output;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;
using ReportBuilder.Layout;
using ReportBuilder.Pdf;
using ReportBuilder.Templating;
using ReportBuilder.Templating.Scriban;
using ReportBuilder.Pipeline.Limits;
using ReportBuilder.Pipeline.Warm;
using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Pipeline;

/// <summary>Where a build finds what lies outside the report folder.</summary>
public sealed record PipelineOptions
{
    /// <summary>The templates folder; null: the nearest <c>templates/</c> above the report folder, else above the current directory.</summary>
    public string? TemplatesRoot { get; init; }

    /// <summary>The fonts folder; null: the nearest <c>fonts/</c> above the templates folder, the report folder or the current directory.</summary>
    public string? FontsFolder { get; init; }

    /// <summary>Build even when the report folder has errors the renderer can live with (drafts); false for finals.</summary>
    public bool AllowErrors { get; init; }

    /// <summary>[workflows] When set, a draft: "Draft notes" first page, DRAFT watermark, build date in the footer.</summary>
    public DraftMarks? Draft { get; init; }

    /// <summary>
    /// How the PDF is written. Default: PDF/A-1 (what PDFsharp writes together with tagging; PDFBox Preflight checks it as
    /// PDF/A-1b) with the PDF/UA identification, for finals and the archive. <see cref="PdfCanvasOptions.Default"/> opts out.
    /// Drafts are never PDF/A: see <see cref="WriterOptions"/>.
    /// </summary>
    public PdfCanvasOptions Pdf { get; init; } = new() { PdfA = true };

    /// <summary>
    /// What the writer is given: <see cref="Pdf"/>, except that a draft drops PDF/A. Its DRAFT watermark lies over the
    /// text in translucent red, and PDF/A-1 forbids transparency: the writer would have to blend it opaque onto white,
    /// hiding the words under it. A draft is for reading now, not for the archive, so it is also deflated at the
    /// fastest level (<see cref="PdfCanvasOptions.FastCompression"/>): what a person waits for in <c>watch</c>.
    /// </summary>
    internal PdfCanvasOptions WriterOptions => Draft is null ? Pdf : Pdf with { PdfA = false, FastCompression = true };

    /// <summary>[hostile-input] File size and count limits (checked by the loader), template, page and time limits (the build).</summary>
    public ReportLimits Limits { get; init; } = ReportLimits.Default;

    /// <summary>Templates, template sets, fonts and images kept between builds; null: the process's (<see cref="PipelineCache.Process"/>). A fresh instance makes a cold build.</summary>
    public PipelineCache? Cache { get; init; }

    internal PipelineCache CacheOrProcess => Cache ?? PipelineCache.Process;
}

/// <summary>What one build produced: the PDF bytes (null on failure), every problem, and how long each stage took.</summary>
public sealed record PipelineResult(byte[]? Pdf, DiagnosticBag Diagnostics, int Pages, RenderedReport? Rendered, IReadOnlyList<(string Stage, TimeSpan Time)> Timings)
{
    /// <summary>The loaded report folder (model, score, template folder) when the build succeeded; the archive digests its sections.</summary>
    public LoadResult? Loaded { get; init; }

    public bool Succeeded => Pdf is not null;
}

/// <summary>The stages before layout: the loaded folder and, when the templates ran, the report ready to lay out.</summary>
public sealed record RenderedStages(LoadResult Loaded, RenderedReport? Rendered)
{
    /// <summary>What the templates made although the build cannot go on (errors a final refuses), for diagnostics.</summary>
    public RenderedReport? Failed { get; init; }

    public DiagnosticBag Diagnostics => Loaded.Diagnostics;
}

/// <summary>
/// The whole build in one call: load and validate the report folder → templates and Markdown → layout → PDF bytes.
/// Commands (build, draft, watch, archive) share it; writing the file is <see cref="AtomicFile.WriteAllBytes"/>.
/// </summary>
public static class ReportPipeline
{
    /// <summary>
    /// Builds one report within <see cref="ReportLimits.TimeLimit"/>: past it the build stops (between template steps,
    /// layout passes and pages) and fails with RB1104. Cancelling <paramref name="cancellationToken"/> (Ctrl+C) throws.
    /// </summary>
    public static PipelineResult Run(string reportFolder, PipelineOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PipelineOptions();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Limits.TimeLimit);
        var clock = Stopwatch.StartNew();
        var stage = new StrongBox<string>("loading the folder");
        try
        {
            var result = RunStages(reportFolder, options, stage, budget.Token);
            budget.Token.ThrowIfCancellationRequested();
            return result;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.Error(SourceSpan.StartOf(reportFolder), DiagnosticCodes.TimeLimit,
                $"the build was stopped after {clock.Elapsed.TotalSeconds:0.0} s, while {stage.Value}: the time limit per report is " +
                $"{LimitText.Duration(options.Limits.TimeLimit)} (raise it with --limit time=…); nothing was written");
            return new PipelineResult(null, diagnostics, 0, null, []);
        }
    }

    /// <summary>
    /// Loads and renders a report up to its layout document, without drawing it: what the page-text edition
    /// (<see cref="PageText.PageTextEdition"/>) lays out on its own canvas. Null <see cref="RenderedStages.Rendered"/> means the report could not be rendered (see the diagnostics).
    /// </summary>
    internal static RenderedStages Render(string reportFolder, PipelineOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PipelineOptions();
        return Prepare(reportFolder, options, new StrongBox<string>("loading the folder"), [], cancellationToken);
    }

    /// <summary>Load, then templates and Markdown to a layout document; stops (Rendered null) where a stage fails.</summary>
    private static RenderedStages Prepare(string reportFolder, PipelineOptions options, StrongBox<string> stage,
        List<(string, TimeSpan)> timings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var cwd = Directory.GetCurrentDirectory();
        var templatesRoot = options.TemplatesRoot ?? TemplateLocator.FindTemplatesRoot(reportFolder, cwd);
        var loaded = ReportFolderLoader.Load(reportFolder, new ReportLoadOptions
        {
            TemplatesRoot = templatesRoot, Limits = options.Limits, CancellationToken = cancellationToken,
            // A final must not go out with a skeleton's placeholder in it; a draft shows them as warnings.
            PlaceholdersAreErrors = !options.AllowErrors,
        });
        var diagnostics = loaded.Diagnostics;
        timings.Add(("load", clock.Elapsed));
        cancellationToken.ThrowIfCancellationRequested();
        if (loaded.Report is null || loaded.Score is null || (diagnostics.HasErrors && !options.AllowErrors) || templatesRoot is null)
            return new RenderedStages(loaded, null);

        var fontsFolder = options.FontsFolder ?? FindFonts(templatesRoot, reportFolder, cwd, AppContext.BaseDirectory);
        if (fontsFolder is null)
        {
            diagnostics.Error(SourceSpan.StartOf(reportFolder), DiagnosticCodes.FontsFolderNotFound, "No 'fonts' folder found above the templates, the report folder or the current directory.");
            return new RenderedStages(loaded, null);
        }

        var cache = options.CacheOrProcess;
        if (cache.Fonts.Get(fontsFolder, diagnostics) is not { } fonts) return new RenderedStages(loaded, null);

        clock.Restart();
        stage.Value = "running the templates";
        var displayRoot = Path.GetRelativePath(cwd, templatesRoot).Replace('\\', '/');
        var rendered = new ReportRenderer(displayRoot, Templates(options.Limits, templatesRoot, cache, cancellationToken), cache.TemplateSets)
            .Render(loaded.Report, loaded.Score, fonts, diagnostics, cancellationToken, options.Draft);
        timings.Add(("templates", clock.Elapsed));
        if (rendered is null || (diagnostics.HasErrors && !options.AllowErrors)) return new RenderedStages(loaded, null) { Failed = rendered };
        return new RenderedStages(loaded, rendered);
    }

    /// <param name="stage">Set as each stage begins, so that a build out of time can say where it was.</param>
    private static PipelineResult RunStages(string reportFolder, PipelineOptions options, StrongBox<string> stage, CancellationToken cancellationToken)
    {
        var timings = new List<(string, TimeSpan)>();
        PipelineResult Fail(DiagnosticBag d, RenderedReport? r = null) => new(null, d, 0, r, timings);

        var stages = Prepare(reportFolder, options, stage, timings, cancellationToken);
        var diagnostics = stages.Loaded.Diagnostics;
        if (stages.Rendered is not { } rendered) return Fail(diagnostics, stages.Failed);
        var clock = Stopwatch.StartNew();

        stage.Value = "laying out and writing the PDF";
        using var stream = new MemoryStream();
        LayoutResult result;
        try
        {
            // One page over the limit is enough to refuse: layout stops there instead of running on to its own cap.
            result = rendered.Layout.Generate(new PdfCanvas(stream, options.WriterOptions, cancellationToken, options.CacheOrProcess.Images),
                new LayoutOptions { MaxPages = options.Limits.MaxPages + 1, CancellationToken = cancellationToken });
        }
        catch (PageLimitException)
        {
            return Fail(TooManyPages(diagnostics, rendered, $"more than {options.Limits.MaxPages:N0}", options.Limits), rendered);
        }
        catch (LayoutException e)
        {
            diagnostics.Error(SourceSpan.StartOf(rendered.Markdown.Templates.EntryPath), DiagnosticCodes.LayoutFailed, $"The report could not be laid out: {e.Message}");
            return Fail(diagnostics, rendered);
        }
        if (result.PageCount > options.Limits.MaxPages)
            return Fail(TooManyPages(diagnostics, rendered, $"{result.PageCount:N0}", options.Limits), rendered);
        foreach (var warning in result.Warnings)
            diagnostics.Warning(SourceSpan.StartOf(rendered.Markdown.Templates.EntryPath), DiagnosticCodes.LayoutWarning, $"Layout: {warning.Message}");
        timings.Add(("layout+pdf", clock.Elapsed));
        return new PipelineResult(stream.ToArray(), diagnostics, result.PageCount, rendered, timings) { Loaded = stages.Loaded };
    }

    private static DiagnosticBag TooManyPages(DiagnosticBag diagnostics, RenderedReport rendered, string pages, ReportLimits limits)
    {
        diagnostics.Error(SourceSpan.StartOf(rendered.Markdown.Templates.EntryPath), DiagnosticCodes.TooManyPages,
            $"The report has {pages} pages; the limit is {limits.MaxPages:N0} (--limit pages=…): is a narrative file pasted in twice?");
        return diagnostics;
    }

    /// <summary>The template limits of <paramref name="limits"/> (the template time limit is the report's: the budget above ends first), the reader of the templates folder, and the cache's parsed templates.</summary>
    private static TemplateContextFactory Templates(ReportLimits limits, string templatesRoot, PipelineCache cache, CancellationToken cancellationToken) =>
        HtmlEditionBuilder.TemplateContexts(limits, templatesRoot, cancellationToken, cache.Templates);

    private static string? FindFonts(params string[] starts)
    {
        foreach (var start in starts)
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "fonts");
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.ttf").Any()) return candidate;
            }
        return null;
    }
}
