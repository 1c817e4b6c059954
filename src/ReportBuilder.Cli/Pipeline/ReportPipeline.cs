using System.Diagnostics;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Text;
using ReportBuilder.Pdf;
using ReportBuilder.Raster;
using ReportBuilder.Templating;
using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Cli.Pipeline;

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
    /// hiding the words under it. A draft is for reading now, not for the archive.
    /// </summary>
    internal PdfCanvasOptions WriterOptions => Draft is null ? Pdf : Pdf with { PdfA = false };

    /// <summary>[hostile-input] File size and count limits (checked by the loader) and the page limit (checked after layout).</summary>
    public ReportLimits Limits { get; init; } = ReportLimits.Default;
}

/// <summary>What one build produced: the PDF bytes (null on failure), every problem, and how long each stage took.</summary>
public sealed record PipelineResult(byte[]? Pdf, DiagnosticBag Diagnostics, int Pages, RenderedReport? Rendered, IReadOnlyList<(string Stage, TimeSpan Time)> Timings)
{
    public bool Succeeded => Pdf is not null;
}

/// <summary>
/// The whole build in one call: load and validate the report folder → templates and Markdown → layout → PDF bytes.
/// Commands (build, draft, watch, archive) share it; writing the file is <see cref="WriteAtomically"/>.
/// </summary>
public static class ReportPipeline
{
    private static readonly Dictionary<string, FontCollection> FontCache = new(StringComparer.Ordinal);

    public static PipelineResult Run(string reportFolder, PipelineOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PipelineOptions();
        var timings = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        PipelineResult Fail(DiagnosticBag d, RenderedReport? r = null) => new(null, d, 0, r, timings);

        var cwd = Directory.GetCurrentDirectory();
        var templatesRoot = options.TemplatesRoot ?? TemplateLocator.FindTemplatesRoot(reportFolder, cwd);
        var loaded = ReportFolderLoader.Load(reportFolder, new ReportLoadOptions { TemplatesRoot = templatesRoot, Limits = options.Limits });
        var diagnostics = loaded.Diagnostics;
        timings.Add(("load", clock.Elapsed));
        if (loaded.Report is null || loaded.Score is null || (diagnostics.HasErrors && !options.AllowErrors) || templatesRoot is null)
            return Fail(diagnostics);

        var fontsFolder = options.FontsFolder ?? FindFonts(templatesRoot, reportFolder, cwd);
        if (fontsFolder is null)
        {
            diagnostics.Error(SourceSpan.StartOf(reportFolder), "RB0906", "No 'fonts' folder found above the templates, the report folder or the current directory.");
            return Fail(diagnostics);
        }

        clock.Restart();
        var displayRoot = Path.GetRelativePath(cwd, templatesRoot).Replace('\\', '/');
        var rendered = new ReportRenderer(displayRoot).Render(loaded.Report, loaded.Score, Fonts(fontsFolder), diagnostics, cancellationToken, options.Draft);
        timings.Add(("templates", clock.Elapsed));
        if (rendered is null || (diagnostics.HasErrors && !options.AllowErrors)) return Fail(diagnostics, rendered);

        clock.Restart();
        using var stream = new MemoryStream();
        LayoutResult result;
        try
        {
            result = rendered.Layout.Generate(new PdfCanvas(stream, options.WriterOptions));
        }
        catch (LayoutException e)
        {
            diagnostics.Error(SourceSpan.StartOf(rendered.Markdown.Templates.EntryPath), "RB0603", $"The report could not be laid out: {e.Message}");
            return Fail(diagnostics, rendered);
        }
        if (result.PageCount > options.Limits.MaxPages)
        {
            diagnostics.Error(SourceSpan.StartOf(rendered.Markdown.Templates.EntryPath), "RB1103",
                $"The report has {result.PageCount:N0} pages; the limit is {options.Limits.MaxPages:N0} (MaxPages): is a narrative file pasted in twice?");
            return Fail(diagnostics, rendered);
        }
        foreach (var warning in result.Warnings)
            diagnostics.Warning(SourceSpan.StartOf(rendered.Markdown.Templates.EntryPath), "RB0604", $"Layout: {warning.Message}");
        timings.Add(("layout+pdf", clock.Elapsed));
        return new PipelineResult(stream.ToArray(), diagnostics, result.PageCount, rendered, timings);
    }

    /// <summary>
    /// The pages of a built report as PNG images (the same layout as its PDF, through the raster backend), one file
    /// per page named <c>page-01.png</c>… in <paramref name="folder"/>.
    /// </summary>
    public static int WritePngs(RenderedReport rendered, string folder, double dpi = 60)
    {
        using var canvas = new RasterCanvas(new RasterOptions { Dpi = dpi },
            (index, png) => WriteAtomically(Path.Combine(folder, $"page-{index + 1:00}.png"), png));
        return rendered.Layout.Generate(canvas).PageCount;
    }

    /// <summary>Writes <paramref name="bytes"/> to a temporary file beside <paramref name="path"/>, then moves it into place.</summary>
    public static void WriteAtomically(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Fonts are read once per process: a warm rebuild (watch, archive) does not read them again.</summary>
    private static FontCollection Fonts(string folder)
    {
        var key = Path.GetFullPath(folder);
        lock (FontCache)
        {
            if (!FontCache.TryGetValue(key, out var fonts)) FontCache[key] = fonts = FontCollection.FromFolder(key);
            return fonts;
        }
    }

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
