using Markdig.Syntax;
using ReportBuilder.Dialect.Features.Narrative;
using ReportBuilder.Dialect.Features.RatingBox;
using ReportBuilder.Templating.Tests.Support;

namespace ReportBuilder.Templating.Tests;

/// <summary>The templates' output for the real reports: clean, complete, and every narrative text placed once.</summary>
public class MarkdownStageTests
{
    [Fact]
    public void Lincolnshire_RendersToMarkdown_WithoutDiagnostics()
    {
        Reports.RenderMarkdown(Reports.Lincolnshire, out var diagnostics);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Select(d => d.ToString())));
    }

    [Fact]
    public void Lincolnshire_PlacesEveryNarrativeTextOnce_AndARatingBoxPerStandard()
    {
        var loaded = Reports.Lincolnshire;
        var rendered = Reports.RenderMarkdown(loaded, out _);
        var placed = rendered.Document.Descendants<NarrativeBlock>().Select(b => rendered.Narratives[b.Key].File).ToList();
        var expected = loaded.Report!.Standards.Select(s => s.Findings.File)
            .Concat(loaded.Report.Domains.Where(d => d.Introduction is { IsBlank: false }).Select(d => d.Introduction!.File))
            .Concat([loaded.Report.Texts.Foreword.File, loaded.Report.Texts.Background.File, loaded.Report.Texts.Involvement.File,
                loaded.Report.Texts.Diversity.File, loaded.Report.Texts.FurtherInformation.File]);
        Assert.Equal(expected.Order(StringComparer.Ordinal), placed.Order(StringComparer.Ordinal));
        Assert.Equal(loaded.Report.Standards.Select(s => loaded.Score!.Standard(s.Id)!.Rating),
            rendered.Document.Descendants<RatingBoxBlock>().Select(b => ReportBuilder.Templating.Scriban.Model.ReportModel.FromKey(b.RatingKey)!.Value));
    }

    [Fact]
    public void Flattened_InlinesTheNarrativeTexts_ForReading()
    {
        var rendered = Reports.RenderMarkdown(Reports.Lincolnshire, out _);
        var flat = rendered.Flattened();
        Assert.DoesNotContain(":::narrative", flat);
        Assert.Contains("<!-- from ", flat);
        Assert.Contains("Lincolnshire YOS is a well-led and well-managed service.", flat);
    }

    [Theory]
    [InlineData("lincolnshire-2023")]
    [InlineData("example-2019-requires-improvement")]
    public void OurRatingFootnotes_LinkToTheReportsDataAnnexe_OrElseTheInspectionsPage(string folder)
    {
        const string fallback = "https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/";
        const string annexe = "https://example.org/annexe/2023";
        var loaded = Reports.Load(folder);
        var withFallback = Reports.RenderMarkdown(loaded, out _).Markdown;

        var withAnnexe = new ReportBuilder.Data.Loading.LoadResult(
            loaded.Report! with { Metadata = loaded.Report.Metadata with { DataAnnexe = annexe } }, loaded.Score, loaded.Diagnostics, loaded.TemplateFolder);
        var linked = Reports.RenderMarkdown(withAnnexe, out _).Markdown;

        Assert.Equal(Occurrences(withFallback, $"data annexe.]({fallback})"), Occurrences(linked, $"data annexe.]({annexe})"));
        Assert.True(Occurrences(withFallback, $"data annexe.]({fallback})") >= 5, withFallback);
        Assert.DoesNotContain(fallback + ")", linked);
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    [Fact]
    public void Example_RendersWithThe2018Templates_WithoutDiagnostics()
    {
        var rendered = Reports.RenderMarkdown(Reports.Load("example-2019-requires-improvement"), out var diagnostics);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Select(d => d.ToString())));
        Assert.Equal("hmip-youth-2018", rendered.Templates.Id);
        Assert.DoesNotContain("survey-chart", rendered.Markdown);
        Assert.DoesNotContain("Resettlement", rendered.Markdown);
    }
}
