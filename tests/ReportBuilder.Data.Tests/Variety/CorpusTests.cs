using ReportBuilder.Cli;
using ReportBuilder.Pipeline;

namespace ReportBuilder.Data.Tests.Variety;

/// <summary>
/// The repository's report folders as a user runs them: the two shipped before this work, unchanged, still check
/// clean and build; the fictional corpus of the variety of inspections checks with the score and overall rating
/// the rules give, and builds.
/// </summary>
public class CorpusTests
{
    private static (int Exit, string Output) Check(string folder)
    {
        var output = new StringWriter();
        var exit = Program.Run(["check", Repository.Data(folder), "--templates", Repository.Templates], output, output);
        return (exit, output.ToString());
    }

    private static PipelineResult Build(string folder) =>
        ReportPipeline.Run(Repository.Data(folder), new PipelineOptions
        {
            TemplatesRoot = Repository.Templates,
            FontsFolder = Path.Combine(Repository.Root, "fonts"),
        });

    [Theory]
    [InlineData("lincolnshire-2023", "Score: 31/36", "Outstanding")]
    [InlineData("example-2019-requires-improvement", "Score: 12/36", "Requires improvement")]
    [InlineData("fictional-brackenmoor-2024-not-rated", "Score: 22/36", "Good")]
    [InlineData("fictional-cwm-tawel-2019-joint-wales", "Score: 0/36", "Inadequate")]
    [InlineData("fictional-eastwold-2022-yjs-month-dates", "Score: 13/36", "Requires improvement")]
    [InlineData("fictional-harrowby-2023-many-recommendations", "Score: 20/36", "Good")]
    public void EveryReportFolder_ChecksClean_WithTheRulesScore_AndBuilds(string folder, string score, string overall)
    {
        var (exit, output) = Check(folder);
        Assert.True(exit == 0, output);
        Assert.Contains("no problems found", output);
        Assert.Contains(score, output);
        Assert.Contains($"Overall rating: {overall}", output);

        var built = Build(folder);
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics.Sorted()));
        Assert.Empty(built.Diagnostics);
        Assert.True(built.Pages > 10);
    }
}
