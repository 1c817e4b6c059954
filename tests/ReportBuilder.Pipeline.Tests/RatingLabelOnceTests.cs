using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Pipeline.Building;

namespace ReportBuilder.Pipeline.Tests;

/// <summary>
/// A narrative's rating label with no rating's key is reported once, by the folder's validation, in every edition:
/// the templating stage no longer checks the narrative pieces again (it used to be the only one to see the label).
/// </summary>
public sealed class RatingLabelOnceTests : IDisposable
{
    private readonly TempFolder _temp = new("rb-label");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(BuildMode.Final)]
    [InlineData(BuildMode.Draft)]
    public void AnUnknownRatingLabel_InANarrative_IsOneError_AtItsPlace(BuildMode mode)
    {
        var report = _temp.CopyIn(Repository.Data("lincolnshire-2023"), "report");
        File.AppendAllText(Path.Combine(report, "text", "background.md"), "\nRated ::Goood::{.rating .rating-goood} here.\n");

        var built = new PipelineReportBuilder().Build(new ReportBuildRequest(report, mode, Repository.Templates, new DateOnly(2026, 12, 3))
        {
            FontsFolder = Repository.Fonts,
        });

        var error = Assert.Single(built.Diagnostics, d => d.Code == DiagnosticCodes.UnknownRatingKey);
        Assert.EndsWith("text/background.md", error.Span.File.Replace('\\', '/'));
        Assert.Equal(7, error.Span.Column);
        Assert.Equal(mode == BuildMode.Draft, built.Succeeded);
    }
}
