using ReportBuilder.Pipeline;

namespace ReportBuilder.Cli.Tests.EndToEnd;

/// <summary>Builds each report of the repository once per test run, through the same pipeline as <c>reportbuilder build</c>.</summary>
public static class BuiltReports
{
    private static readonly Lazy<(PipelineResult Result, PdfText Text)> LincolnshireBuild = new(() => Build("lincolnshire-2023"));
    private static readonly Lazy<(PipelineResult Result, PdfText Text)> ExampleBuild = new(() => Build("example-2019-requires-improvement"));

    public static (PipelineResult Result, PdfText Text) Lincolnshire => LincolnshireBuild.Value;
    public static (PipelineResult Result, PdfText Text) Example => ExampleBuild.Value;

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static (PipelineResult, PdfText) Build(string report)
    {
        var result = ReportPipeline.Run(Repository.Data(report), new PipelineOptions
        {
            TemplatesRoot = Repository.Templates,
            FontsFolder = Repository.Fonts,
        });
        if (result.Pdf is null)
            throw new InvalidOperationException($"{report} did not build:\n" + string.Join("\n", result.Diagnostics.Sorted()));
        var text = PdfText.Read(result.Pdf);
        // RB_DUMP=folder keeps what the tests read, to see why an expectation is not found.
        if (Environment.GetEnvironmentVariable("RB_DUMP") is { Length: > 0 } dump)
        {
            Directory.CreateDirectory(dump);
            File.WriteAllBytes(Path.Combine(dump, report + ".pdf"), result.Pdf);
            File.WriteAllText(Path.Combine(dump, report + ".txt"), string.Join("\n\n", Enumerable.Range(1, text.PageCount).Select(p => $"--- page {p}\n{text.PageText(p)}")));
        }
        return (result, text);
    }
}
