using ReportBuilder.Core.Model;
using ReportBuilder.Data.Loading;
using ReportBuilder.Templating.Tests.Support;

namespace ReportBuilder.Templating.Tests.Variety;

/// <summary>A part the report leaves out (where the template set allows) leaves its section out: no empty heading.</summary>
public class OptionalPartsTests
{
    private static LoadResult With(Func<Report, Report> change)
    {
        var loaded = Reports.Load("example-2019-requires-improvement");
        return new LoadResult(change(loaded.Report!), loaded.Score, loaded.Diagnostics, loaded.TemplateFolder);
    }

    [Fact]
    public void AMissingOptionalChapter_LeavesItsHeadingOut()
    {
        var rendered = Reports.RenderMarkdown(With(r => r with { Texts = r.Texts with { Foreword = null } }), out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.DoesNotContain("# Foreword", rendered.Markdown);
        Assert.Contains("# Background", rendered.Markdown);
    }

    [Fact]
    public void APresentChapter_KeepsItsHeading()
    {
        var rendered = Reports.RenderMarkdown(With(r => r), out _);
        Assert.Contains("# Foreword", rendered.Markdown);
        Assert.Contains("# Further information", rendered.Markdown);
    }

    [Fact]
    public void WithoutALeadInspector_TheAcknowledgementsThankTheTeam()
    {
        var rendered = Reports.RenderMarkdown(With(r => r with { Metadata = r.Metadata with { LeadInspector = null } }), out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.DoesNotContain("led by HM Inspector", rendered.Markdown);
        Assert.Contains("This inspection was carried out by a team of inspectors and colleagues from across the inspectorate. We would like to thank", rendered.Markdown);
    }

    [Fact]
    public void AMonthOnlyFieldworkStart_IsPrintedAsTheMonth()
    {
        var rendered = Reports.RenderMarkdown(With(r => r with { Metadata = r.Metadata with { FieldworkStart = new DateOrMonth(2019, 7) } }), out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Contains("Fieldwork started July 2019", rendered.Markdown);
    }
}
