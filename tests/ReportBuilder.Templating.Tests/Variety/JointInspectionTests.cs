using ReportBuilder.Data.Loading;
using ReportBuilder.Templating.Tests.Support;

namespace ReportBuilder.Templating.Tests.Variety;

/// <summary>A joint inspection names its partners in the acknowledgements and on the inside cover, in the set's wording.</summary>
public class JointInspectionTests
{
    private static string Render(IReadOnlyList<string> partners)
    {
        var loaded = Reports.Lincolnshire;
        var report = loaded.Report! with { Metadata = loaded.Report.Metadata with { Partners = partners } };
        var rendered = Reports.RenderMarkdown(new LoadResult(report, loaded.Score, loaded.Diagnostics, loaded.TemplateFolder), out var diagnostics);
        Assert.Empty(diagnostics);
        return rendered.Markdown;
    }

    [Fact]
    public void Partners_AreNamedInTheAcknowledgements_AndOnTheInsideCover()
    {
        var markdown = Render(["Care Inspectorate Wales", "Estyn", "Healthcare Inspectorate Wales"]);

        Assert.Contains("across the inspectorate. It was a joint inspection with Care Inspectorate Wales, Estyn and Healthcare Inspectorate Wales. We would like", markdown);
        Assert.Contains("## A joint inspection {.notoc}", markdown);
        Assert.Contains("We carried out this inspection jointly with Care Inspectorate Wales, Estyn and Healthcare Inspectorate Wales.", markdown);
    }

    [Fact]
    public void OnePartner_IsNamedAlone()
    {
        Assert.Contains("It was a joint inspection with Ofsted.", Render(["Ofsted"]));
    }

    [Fact]
    public void WithoutPartners_NothingIsSaid()
    {
        var markdown = Render([]);
        Assert.DoesNotContain("joint", markdown, StringComparison.OrdinalIgnoreCase);
    }
}
