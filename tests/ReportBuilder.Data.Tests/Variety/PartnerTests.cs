using ReportBuilder.Data.Loading;

namespace ReportBuilder.Data.Tests.Variety;

/// <summary>A joint inspection names its partner inspectorates in report.yaml 'partners'.</summary>
public class PartnerTests
{
    [Fact]
    public void Partners_ReachTheModel_InTheirOrder()
    {
        using var copy = new ReportFolderCopy();
        copy.Append("report.yaml", "partners:\n  - Care Inspectorate Wales\n  - Estyn\n  - Healthcare Inspectorate Wales\n");

        var result = ReportFolderLoader.Load(copy.Folder, new ReportLoadOptions { TemplatesRoot = copy.Templates });

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Care Inspectorate Wales", "Estyn", "Healthcare Inspectorate Wales"], result.Report!.Metadata.Partners);
        Assert.True(result.Report.Metadata.IsJoint);
    }

    [Fact]
    public void WithoutPartners_TheInspectionIsNotJoint()
    {
        using var copy = new ReportFolderCopy();
        var result = ReportFolderLoader.Load(copy.Folder, new ReportLoadOptions { TemplatesRoot = copy.Templates });
        Assert.False(result.Report!.Metadata.IsJoint);
    }

    [Fact]
    public void APartnerListedTwice_IsAnErrorAtTheSecond()
    {
        using var copy = new ReportFolderCopy();
        copy.Append("report.yaml", "partners:\n  - Estyn\n  - estyn\n");

        var (exit, output) = copy.Check();

        Assert.Contains($"{copy.Folder}/report.yaml:38:5: error: 'partners': 'estyn' is listed twice [RB1505]", output);
        Assert.Equal(2, exit);
    }
}
