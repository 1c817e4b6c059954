using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;
using ReportBuilder.Templating.Scriban;

namespace ReportBuilder.Templating.Tests.Support;

/// <summary>Loads the repository's report folders once per test run (they do not change while tests run).</summary>
internal static class Reports
{
    private static readonly Lazy<LoadResult> LincolnshireResult = new(() => Load("lincolnshire-2023"));

    public static LoadResult Lincolnshire => LincolnshireResult.Value;

    public static LoadResult Load(string name)
    {
        var result = ReportFolderLoader.Load(Repository.Data(name), new ReportLoadOptions { TemplatesRoot = Repository.Templates });
        if (!result.Succeeded)
            throw new InvalidOperationException($"{name} does not load:\n" + string.Join("\n", result.Diagnostics.Sorted()));
        return result;
    }

    public static RenderedMarkdown RenderMarkdown(LoadResult loaded, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        var rendered = new ReportRenderer(Repository.Templates, new TemplateContextFactory { Files = new ReportBuilder.Data.Reading.ReportFileReader(Repository.Templates, 1 << 20) }).RenderMarkdown(loaded.Report!, loaded.Score!, diagnostics);
        return rendered ?? throw new InvalidOperationException("templates failed:\n" + string.Join("\n", diagnostics.Sorted()));
    }
}
