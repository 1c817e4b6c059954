using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;
using ReportBuilder.Pipeline.Building;
using ReportBuilder.Pipeline.PageText;

namespace ReportBuilder.Cli.Diffing;

/// <summary>How to compare: where the templates are, the limits, and whether to lay both versions out to find pages.</summary>
/// <param name="OldTemplatesRoot">The templates of the earlier version when they are not <see cref="TemplatesRoot"/> (<c>--git</c>).</param>
/// <param name="Builder">The pipeline both versions are built through; null: the process's default (<see cref="ReportBuilders.CreateDefault"/>).</param>
public sealed record DiffOptions(string? TemplatesRoot = null, ReportLimits? Limits = null, bool Pages = true, string? OldTemplatesRoot = null,
    IReportBuilder? Builder = null);

/// <summary>
/// Compares two versions of a report folder: both go through the same seam as <c>build</c> (<see cref="IReportBuilder"/>,
/// the page-text edition: loader, templates and layout, in parallel, one per core), so computed ratings and real pages
/// are compared, not re-parsed text. No PDF is written.
/// </summary>
public static class ReportDiffer
{
    public static ReportDiff Compare(string oldFolder, string newFolder, DiffOptions options, string? oldName = null, string? newName = null)
    {
        var builder = options.Builder ?? ReportBuilders.CreateDefault();
        Side before = default!, after = default!;
        Parallel.Invoke(
            () => before = Side.Prepare(builder, oldFolder, options.OldTemplatesRoot ?? options.TemplatesRoot, options),
            () => after = Side.Prepare(builder, newFolder, options.TemplatesRoot, options));
        var names = (oldName ?? oldFolder, newName ?? newFolder);
        var problems = before.Problems.Concat(after.Problems).ToList();
        if (problems.Count > 0) return new ReportDiff(names.Item1, names.Item2, [], null, null, problems);

        var changes = ReportComparer.Compare(before.Outline, after.Outline);
        if (changes.Count > 0 && before.Pages is { } oldPages && after.Pages is { } newPages)
            changes = PageLocator.Locate(changes, before.Outline, after.Outline, oldPages, newPages);
        return new ReportDiff(names.Item1, names.Item2, changes, before.Pages?.Pages, after.Pages?.Pages, []);
    }

    /// <summary>One version loaded, outlined and (when pages are wanted) its page text, built as any edition is.</summary>
    private sealed record Side(IReadOnlyList<SectionContent> Outline, PageTextCanvas? Pages, IReadOnlyList<Diagnostic> Problems)
    {
        public static Side Prepare(IReportBuilder builder, string folder, string? templatesRoot, DiffOptions options)
        {
            var limits = options.Limits ?? ReportLimits.Default;
            LoadResult? loaded;
            IReadOnlyList<Diagnostic> diagnostics;
            PageTextCanvas? pages = null;
            if (options.Pages)
            {
                // Past the page or time limit the page text is unknown (null), but the comparison still stands.
                var built = builder.Build(new ReportBuildRequest(folder, TemplatesRoot: templatesRoot, Limits: limits) { Edition = ReportEdition.PageText });
                (loaded, diagnostics, pages) = (built.Loaded, built.Diagnostics, built.PageText);
            }
            else
            {
                // Without pages there is nothing to build: the folder read and validated is all that is compared.
                loaded = ReportFolderLoader.Load(folder, new ReportLoadOptions { TemplatesRoot = templatesRoot, Limits = limits });
                diagnostics = loaded.Diagnostics.Sorted();
            }

            if (loaded?.Report is null || loaded.Score is null || diagnostics.Any(d => d.IsError))
                return new Side([], null, diagnostics.Where(d => d.IsError).DefaultIfEmpty(Unreadable(folder)).ToList());
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
