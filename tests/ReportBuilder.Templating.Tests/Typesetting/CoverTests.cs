using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Templating.Tests.Support;

namespace ReportBuilder.Templating.Tests.Typesetting;

/// <summary>The cover (issue #19): its words from the report's metadata, its title the document's H1, its colour decoration.</summary>
public class CoverTests
{
    public static TheoryData<string> CoverReports() => new(
        "lincolnshire-2023",                       // 2021 set, the published report
        "fictional-eastwold-2022-yjs-month-dates", // 2021 set, another place and month, a YJS
        "example-2019-requires-improvement");      // 2018 set

    private static string Plain(string s) => s.Replace('\u00A0', ' ').Trim();

    [Theory]
    [MemberData(nameof(CoverReports))]
    public void Cover_TakesThePlaceMonthAndInspectorate_FromTheReportsMetadata(string report)
    {
        var (loaded, _, canvas) = LaidOutReports.Get(report);
        var m = loaded.Report!.Metadata;
        var words = Plain(string.Join(" ", canvas.TextsOn(0).Select(t => t.Text)));

        Assert.StartsWith("An inspection of", words);
        Assert.Contains(m.Service.Area, words);
        Assert.Contains($"{m.Inspectorate}, {m.Published.MonthName} {m.Published.Year}", words);
        if (m.Service.Area != "Lincolnshire") Assert.DoesNotContain("Lincolnshire", words);
    }

    [Theory]
    [MemberData(nameof(CoverReports))]
    public void CoverTitle_IsTheOnlyHeadingOnTheCover_AnH1NamingThePlace(string report)
    {
        var (loaded, _, canvas) = LaidOutReports.Get(report);
        var onCover = canvas.AllStructures.Where(s => s.Texts.Any(t => t.PageIndex == 0)).ToList();
        var heading = Assert.Single(onCover, s => s.Role is >= StructureRole.Heading1 and <= StructureRole.Heading6);
        Assert.Equal(StructureRole.Heading1, heading.Role);
        Assert.Equal(loaded.Report!.Metadata.Service.Area, Plain(heading.AllText));
        // Every other word on the cover is a paragraph (the lead and the byline), none of it left untagged.
        Assert.All(onCover.Where(s => s != heading), s => Assert.Equal(StructureRole.Paragraph, s.Role));
        Assert.All(canvas.TextsOn(0), t => Assert.Null(t.Artifact));
    }

    [Fact]
    public void CoverBand_IsADecorativeArtifact_AcrossThePagesFullWidth_HoldingTheTitle()
    {
        var (_, rendered, canvas) = LaidOutReports.Get("lincolnshire-2023");
        var cover = rendered.Templates.Theme.Cover;
        var shapes = canvas.Calls.OfType<RecordedShape>().Where(s => s.PageIndex == 0).ToList();
        Assert.NotEmpty(shapes);
        Assert.All(shapes, s => Assert.NotNull(s.Artifact));

        var band = Assert.Single(shapes, s => s.Bounds.Height >= cover.BandHeight);
        Assert.Equal(cover.Background, band.Paint.Fill);
        Assert.Equal(0, band.Bounds.X, 1);
        Assert.Equal(canvas.PageSizes[0].Width, band.Bounds.Width, 1);
        Assert.Equal(cover.Top, band.Bounds.Y, 1);
        var title = canvas.TextsOn(0).Single(t => t.Text.Contains("Lincolnshire"));
        Assert.InRange(title.Origin.Y, band.Bounds.Y, band.Bounds.Y + band.Bounds.Height);
        Assert.Equal(cover.TitleSize, title.FontSize);
    }

    [Fact]
    public void AVeryLongPlaceName_StaysOnTheCover_EscapedAsText()
    {
        // Hostile metadata: a place name of 200 characters with Markdown and HTML in it.
        using var temp = new TempFolder("rb-cover-tests");
        var folder = temp.CopyIn(Repository.Data("fictional-eastwold-2022-yjs-month-dates"), "long");
        var area = "<b>East</b> *wold* [x](https://example.org) " + string.Join(" ", Enumerable.Repeat("Northwold-upon-Sea", 8));
        var yaml = Path.Combine(folder, "report.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("  area: Eastwold", $"  area: \"{area}\""));
        var loaded = ReportFolderLoader.Load(folder, new ReportLoadOptions { TemplatesRoot = Repository.Templates });
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics.Sorted()));
        var rendered = Reports.RenderMarkdown(loaded, out _);
        var canvas = new RecordingCanvas();
        Templating.Markdown.Renderers.Layout.LayoutDocumentComposer.Compose(rendered, LaidOutReports.FontCollection, new DiagnosticBag()).Generate(canvas);

        var title = Assert.Single(canvas.AllStructures, s => s.Role == StructureRole.Heading1 && s.Texts.Any(t => t.PageIndex == 0));
        Assert.Equal(area, Plain(title.AllText));
        Assert.All(title.Texts, t => Assert.Equal(0, t.PageIndex));
        Assert.DoesNotContain(canvas.Texts, t => t.PageIndex == 1 && t.Text.Contains("Inspectorate of Probation,"));
        Assert.Empty(canvas.Calls.OfType<RecordedLink>().Where(l => l.PageIndex == 0));
    }
}
