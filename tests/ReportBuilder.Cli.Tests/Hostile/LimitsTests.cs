using ReportBuilder.Pipeline;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Cli.Tests.Hostile;

/// <summary>Each limit of <see cref="ReportLimits"/> is enforced, names what broke it, and is configurable.</summary>
public class LimitsTests
{
    [Fact]
    public void Defaults_LeaveTheRealReportWellInside()
    {
        var result = ReportFolderLoader.Load(Repository.Data("lincolnshire-2023"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RB0010" or "RB0011" or "RB0012");
        Assert.Equal(1 << 20, ReportLimits.Default.MaxFileBytes);
        Assert.Equal(1_000, ReportLimits.Default.MaxFiles);
        Assert.Equal(1_000, ReportLimits.Default.MaxPages);
    }

    [Fact]
    public void MaxFileBytes_RefusesTheLargerFiles_NamingEach()
    {
        using var folder = new HostileFolder();
        var result = ReportFolderLoader.Load(folder.Report, new ReportLoadOptions { TemplatesRoot = folder.Templates, Limits = new ReportLimits { MaxFileBytes = 3_000 } });
        Assert.Null(result.Report);
        var named = result.Diagnostics.Where(d => d.Code == "RB0010").Select(d => Path.GetFileName(d.Span.File)).Order().ToList();
        var expected = Directory.GetFiles(folder.Report, "*", SearchOption.AllDirectories).Where(f => new FileInfo(f).Length > 3_000).Select(f => Path.GetFileName(f)).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, named);
    }

    [Fact]
    public void MaxFiles_RefusesTheFolder()
    {
        using var folder = new HostileFolder();
        var result = ReportFolderLoader.Load(folder.Report, new ReportLoadOptions { TemplatesRoot = folder.Templates, Limits = new ReportLimits { MaxFiles = 5 } });
        Assert.Null(result.Report);
        Assert.Contains(result.Diagnostics, d => d.Code == "RB0011" && d.Message.Contains("more than 5 files"));
    }

    [Fact]
    public void SymlinkInsideTheFolder_IsAccepted()
    {
        using var folder = new HostileFolder();
        var moved = folder.PathOf("text/domain-2.real");
        File.Move(folder.PathOf("text/domain-2.md"), moved);
        File.CreateSymbolicLink(folder.PathOf("text/domain-2.md"), moved);
        var result = ReportFolderLoader.Load(folder.Report, new ReportLoadOptions { TemplatesRoot = folder.Templates });
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RB0012");
    }

    [Fact]
    public void MaxPages_RefusesTheBuild_AfterLayout()
    {
        using var folder = new HostileFolder();
        var result = ReportPipeline.Run(folder.Report, new PipelineOptions { TemplatesRoot = folder.Templates, Limits = new ReportLimits { MaxPages = 5 } });
        Assert.Null(result.Pdf);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "RB1103");
        Assert.Contains("limit is 5", error.Message);
        Assert.EndsWith("report.sbn", error.Span.File);
    }
}
