using ReportBuilder.Pipeline;
using ReportBuilder.Pipeline.PageText;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;
using ReportBuilder.Layout;

namespace ReportBuilder.Cli.Diffing;

/// <summary>How to compare: where the templates are, the limits, and whether to lay both versions out to find pages.</summary>
/// <param name="OldTemplatesRoot">The templates of the earlier version when they are not <see cref="TemplatesRoot"/> (<c>--git</c>).</param>
public sealed record DiffOptions(string? TemplatesRoot = null, ReportLimits? Limits = null, bool Pages = true, string? OldTemplatesRoot = null);

/// <summary>
/// Compares two versions of a report folder: both go through the same loader, templates and layout as <c>build</c>
/// (in parallel, one per core), so computed ratings and real pages are compared, not re-parsed text. No PDF is written.
/// </summary>
public static class ReportDiffer
{
    public static ReportDiff Compare(string oldFolder, string newFolder, DiffOptions options, string? oldName = null, string? newName = null)
    {
        Side before = default!, after = default!;
        Parallel.Invoke(
            () => before = Side.Prepare(oldFolder, options.OldTemplatesRoot ?? options.TemplatesRoot, options),
            () => after = Side.Prepare(newFolder, options.TemplatesRoot, options));
        var names = (oldName ?? oldFolder, newName ?? newFolder);
        var problems = before.Problems.Concat(after.Problems).ToList();
        if (problems.Count > 0) return new ReportDiff(names.Item1, names.Item2, [], null, null, problems);

        var changes = ReportComparer.Compare(before.Outline, after.Outline);
        if (changes.Count > 0 && before.Pages is { } oldPages && after.Pages is { } newPages)
            changes = PageLocator.Locate(changes, before.Outline, after.Outline, oldPages, newPages);
        return new ReportDiff(names.Item1, names.Item2, changes, before.Pages?.Pages, after.Pages?.Pages, []);
    }

    /// <summary>One version loaded, outlined and (when pages are wanted) laid out on a text-only canvas.</summary>
    private sealed record Side(IReadOnlyList<SectionContent> Outline, PageTextCanvas? Pages, IReadOnlyList<Diagnostic> Problems)
    {
        public static Side Prepare(string folder, string? templatesRoot, DiffOptions options)
        {
            var pipeline = new PipelineOptions { TemplatesRoot = templatesRoot, Limits = options.Limits ?? ReportLimits.Default };
            LoadResult loaded;
            PageTextCanvas? pages = null;
            if (options.Pages)
            {
                var stages = ReportPipeline.Render(folder, pipeline);
                loaded = stages.Loaded;
                if (stages.Rendered is { } rendered)
                {
                    pages = new PageTextCanvas();
                    // The same page and time limits as a build: a pathological version costs no more here than there.
                    using var budget = new CancellationTokenSource(pipeline.Limits.TimeLimit);
                    try
                    {
                        rendered.Layout.Generate(pages, new LayoutOptions { MaxPages = pipeline.Limits.MaxPages, CancellationToken = budget.Token });
                    }
                    catch (Exception e) when (e is LayoutException or OperationCanceledException)
                    {
                        pages = null; // the comparison still stands; only the pages are unknown
                    }
                }
            }
            else loaded = ReportFolderLoader.Load(folder, new ReportLoadOptions { TemplatesRoot = templatesRoot, Limits = pipeline.Limits });

            var diagnostics = loaded.Diagnostics;
            if (loaded.Report is null || loaded.Score is null || diagnostics.HasErrors)
                return new Side([], null, diagnostics.Sorted().Where(d => d.IsError).DefaultIfEmpty(Unreadable(folder)).ToList());
            return new Side(ReportOutline.Of(loaded.Report, loaded.Score, loaded.TemplateFolder), pages, []);
        }

        private static Diagnostic Unreadable(string folder)
        {
            var bag = new DiagnosticBag();
            bag.Error(SourceSpan.StartOf(folder), Core.Diagnostics.DiagnosticCodes.DiffVersionUnreadable, "not a report folder that can be compared (no report.yaml, or no template found)");
            return bag.Sorted()[0];
        }
    }
}
