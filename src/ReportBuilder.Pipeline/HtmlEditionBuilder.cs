using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;
using ReportBuilder.Data.Reading;
using ReportBuilder.Html;
using ReportBuilder.Html.Output;
using ReportBuilder.Templating;
using ReportBuilder.Templating.Scriban;
using ReportBuilder.Pipeline.Warm;

namespace ReportBuilder.Pipeline;

/// <summary>What rendering an HTML edition gave: its files (null when it could not be built), and every problem found on the way.</summary>
public sealed record HtmlEditionResult(IReadOnlyList<(string Path, byte[] Bytes)>? Files, DiagnosticBag Diagnostics, RenderedMarkdown? Rendered);

/// <summary>
/// The HTML edition in one call: load and validate the report folder, run the templates (the same ones as the PDF),
/// and make the edition's files in memory (writing them is <see cref="Output.ReportWriter"/>'s). No fonts or layout are
/// needed: the browser lays the page out. It lives beside <see cref="ReportPipeline"/> so that the HTML edition itself
/// (ReportBuilder.Html) needs nothing of Data.
/// </summary>
public static class HtmlEditionBuilder
{
    /// <param name="reportFolder">The report folder, as the user named it.</param>
    /// <param name="templatesRoot">The templates folder; null: the nearest <c>templates/</c> above the report folder or the current directory.</param>
    /// <param name="limits">File and template limits, and the templates' time limit (there is no layout here); null for the defaults.</param>
    /// <param name="cache">Templates and template sets kept between builds; null: the process's.</param>
    public static HtmlEditionResult Render(string reportFolder, string? templatesRoot = null, ReportLimits? limits = null, CancellationToken cancellationToken = default,
        PipelineCache? cache = null)
    {
        cache ??= PipelineCache.Process;
        limits ??= ReportLimits.Default;
        var cwd = Directory.GetCurrentDirectory();
        templatesRoot ??= TemplateLocator.FindTemplatesRoot(reportFolder, cwd);
        var loaded = ReportFolderLoader.Load(reportFolder, new ReportLoadOptions { TemplatesRoot = templatesRoot, Limits = limits, PlaceholdersAreErrors = true });
        var diagnostics = loaded.Diagnostics;
        if (loaded.Report is null || loaded.Score is null || diagnostics.HasErrors || templatesRoot is null)
            return new HtmlEditionResult(null, diagnostics, null);

        var displayRoot = Path.GetRelativePath(cwd, templatesRoot).Replace('\\', '/');
        var contexts = TemplateContexts(limits, templatesRoot, cancellationToken, cache.Templates);
        var rendered = new ReportRenderer(displayRoot, contexts, cache.TemplateSets).RenderMarkdown(loaded.Report, loaded.Score, diagnostics, cancellationToken);
        if (rendered is null || diagnostics.HasErrors) return new HtmlEditionResult(null, diagnostics, rendered);
        return new HtmlEditionResult(HtmlEdition.Files(rendered), diagnostics, rendered);
    }

    /// <summary>
    /// The template limits of <paramref name="limits"/>, for both editions: loop, recursion and time, and the longest
    /// text a value may be as the file-size limit (a value is at most one file's text), so that no limit cuts a value
    /// that was read in full (a cut is an error, never a silent "…").
    /// </summary>
    /// <param name="templatesRoot">The root of the reader every template file is read through (real path inside it, regular files, size limit).</param>
    /// <param name="templates">Parsed templates to reuse while their text is unchanged; null: every render parses.</param>
    public static TemplateContextFactory TemplateContexts(ReportLimits limits, string templatesRoot, CancellationToken cancellationToken, ParsedTemplates? templates = null) => new()
    {
        Files = new ReportFileReader(templatesRoot, limits.MaxFileBytes, cancellationToken),
        Templates = templates,
        LoopLimit = limits.TemplateLoopLimit,
        RecursiveLimit = limits.TemplateRecursionLimit,
        TimeLimit = limits.TimeLimit,
        LimitToString = (int)Math.Clamp(limits.MaxFileBytes, 100_000, int.MaxValue),
    };
}
