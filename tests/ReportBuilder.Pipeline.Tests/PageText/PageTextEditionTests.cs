using ReportBuilder.Data.Loading;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Pipeline.Building;
using ReportBuilder.Pipeline.PageText;

namespace ReportBuilder.Pipeline.Tests.PageText;

/// <summary>
/// The page-text edition: what <c>diff</c> builds through <see cref="IReportBuilder"/>, as build, draft, watch and archive
/// do. It gives the pages the PDF has, and the comparison's model even when the layout stops at a limit.
/// </summary>
public sealed class PageTextEditionTests
{
    private static ReportBuildRequest Request(ReportLimits? limits = null) =>
        new(Repository.Data("lincolnshire-2023"), TemplatesRoot: Repository.Templates, Limits: limits)
        {
            Edition = ReportEdition.PageText, FontsFolder = Repository.Fonts,
        };

    [Fact]
    public void ThePageText_IsTheLayoutDrawnOnATextCanvas_WithThePdfsPages_AndNoPdf()
    {
        var builder = new PipelineReportBuilder();
        var built = builder.Build(Request());

        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        Assert.Null(built.Pdf);
        var text = Assert.IsType<PageTextCanvas>(built.PageText);
        Assert.NotNull(built.Loaded?.Report);

        // The same pages as laying the rendered report out directly (what diff did before it went through the builder)…
        var stages = ReportPipeline.Render(Repository.Data("lincolnshire-2023"),
            new PipelineOptions { TemplatesRoot = Repository.Templates, FontsFolder = Repository.Fonts });
        var direct = new PageTextCanvas();
        stages.Rendered!.Layout.Generate(direct);
        Assert.Equal(direct.Letters, text.Letters);
        Assert.Equal(direct.PageStarts, text.PageStarts);

        // …and as the PDF edition of the same folder.
        var pdf = builder.Build(Request() with { Edition = ReportEdition.Pdf });
        Assert.Equal(pdf.Pages, text.Pages);
        Assert.Equal(text.Pages, built.Pages);
        Assert.Contains(PageTextCanvas.Normalise("Lincolnshire Youth Offending Service"), text.Letters);
    }

    [Fact]
    public void PastThePageLimit_ThePageTextIsUnknown_ButTheReportReadFromItsFolderStands()
    {
        var built = new PipelineReportBuilder().Build(Request(ReportLimits.Default with { MaxPages = 3 }));

        Assert.Null(built.PageText);
        Assert.False(built.HasErrors, string.Join("\n", built.Diagnostics));
        Assert.NotNull(built.Loaded?.Report);
        Assert.NotNull(built.Loaded?.Score);
    }

    [Fact]
    public void ThePageTextCanvas_TakesTextAndArtifactsOnly_NoDrawingOrDocumentMembers()
    {
        Assert.True(typeof(ITextCanvas).IsAssignableFrom(typeof(PageTextCanvas)));
        Assert.True(typeof(IArtifactCanvas).IsAssignableFrom(typeof(PageTextCanvas)));
        Assert.False(typeof(IDrawingCanvas).IsAssignableFrom(typeof(PageTextCanvas)));
        Assert.False(typeof(IDocumentCanvas).IsAssignableFrom(typeof(PageTextCanvas)));
    }
}
