using ReportBuilder.Core.Model;
using ReportBuilder.Data.Loading;
using ReportBuilder.Templating.Tests.Support;

namespace ReportBuilder.Templating.Tests.Variety;

/// <summary>The service's own kind (report.yaml 'service.kind') reaches the running header; without it the set's wording stays.</summary>
public class ServiceKindTests
{
    private static LoadResult WithKind(ServiceKind? kind)
    {
        var loaded = Reports.Lincolnshire;
        var m = loaded.Report!.Metadata;
        return new LoadResult(loaded.Report with { Metadata = m with { Service = m.Service with { Kind = kind } } },
            loaded.Score, loaded.Diagnostics, loaded.TemplateFolder);
    }

    [Fact]
    public void WithoutAKind_TheHeaderKeepsTheSetsWording()
    {
        var rendered = Reports.RenderMarkdown(WithKind(null), out _);
        Assert.Equal("Inspection of youth offending services in: Lincolnshire", rendered.RunningHeader);
    }

    [Fact]
    public void AYouthJusticeService_IsNamedSoInTheHeader()
    {
        var rendered = Reports.RenderMarkdown(WithKind(ServiceKind.YouthJusticeService), out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal("Inspection of youth justice services in: Lincolnshire", rendered.RunningHeader);
    }
}
