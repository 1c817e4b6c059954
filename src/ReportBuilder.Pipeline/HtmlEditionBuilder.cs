using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;
using ReportBuilder.Html;
using ReportBuilder.Html.Output;
using ReportBuilder.Templating;
using ReportBuilder.Templating.Scriban;

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
    public static HtmlEditionResult Render(string reportFolder, string? templatesRoot = null, ReportLimits? limits = null, CancellationToken cancellationToken = default)
    {
        limits ??= ReportLimits.Default;
        var cwd = Directory.GetCurrentDirectory();
        templatesRoot ??= TemplateLocator.FindTemplatesRoot(reportFolder, cwd);
        var loaded = ReportFolderLoader.Load(reportFolder, new ReportLoadOptions { TemplatesRoot = templatesRoot, Limits = limits, PlaceholdersAreErrors = true });
        var diagnostics = loaded.Diagnostics;
        if (loaded.Report is null || loaded.Score is null || diagnostics.HasErrors || templatesRoot is null)
            return new HtmlEditionResult(null, diagnostics, null);

        var displayRoot = Path.GetRelativePath(cwd, templatesRoot).Replace('\\', '/');
        var contexts = TemplateContexts(limits);
        var rendered = new ReportRenderer(displayRoot, contexts).RenderMarkdown(loaded.Report, loaded.Score, diagnostics, cancellationToken);
        if (rendered is null || diagnostics.HasErrors) return new HtmlEditionResult(null, diagnostics, rendered);
        return new HtmlEditionResult(HtmlEdition.Files(rendered), diagnostics, rendered);
    }

    /// <summary>
    /// The template limits of <paramref name="limits"/>, for both editions: loop, recursion and time, and the longest
    /// text a value may be as the file-size limit (a value is at most one file's text), so that no limit cuts a value
    /// that was read in full (a cut is an error, never a silent "…").
    /// </summary>
    public static TemplateContextFactory TemplateContexts(ReportLimits limits) => new()
    {
        LoopLimit = limits.TemplateLoopLimit,
        RecursiveLimit = limits.TemplateRecursionLimit,
        TimeLimit = limits.TimeLimit,
        LimitToString = (int)Math.Clamp(limits.MaxFileBytes, 100_000, int.MaxValue),
    };
}
