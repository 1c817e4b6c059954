using ReportBuilder.Data.Loading;

namespace ReportBuilder.Data.Tests.Variety;

/// <summary>Which chapters, people and sample periods a report needs is the template set's choice (template.yaml 'required').</summary>
public class RequiredPartsTests
{
    private const string Required = """
        required:
          chapters: [foreword, background, further-information]
          people: []
          samples: [court]
        """;

    private static void Require(ReportFolderCopy copy, string required) =>
        File.AppendAllText(Path.Combine(copy.Templates, "hmip-youth-2021", "1", "template.yaml"), "\n" + required + "\n");

    private static LoadResult Load(ReportFolderCopy copy) =>
        ReportFolderLoader.Load(copy.Folder, new ReportLoadOptions { TemplatesRoot = copy.Templates });

    [Fact]
    public void AMissingOptionalChapter_IsLeftOut_NotAnError()
    {
        using var copy = new ReportFolderCopy();
        Require(copy, Required);
        copy.Delete("text/diversity.md");

        var result = Load(copy);

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Report!.Texts.Diversity);
        Assert.NotNull(result.Report.Texts.Foreword);
    }

    [Fact]
    public void AMissingChapter_IsAnError_WhenTheSetSaysNothing()
    {
        using var copy = new ReportFolderCopy();
        copy.Delete("text/diversity.md");

        var (exit, output) = copy.Check();

        Assert.Contains($"{copy.Folder}/text/diversity.md:1:1: error: missing file: the chapter 'diversity' [RB0001]", output);
        Assert.Equal(2, exit);
    }

    [Fact]
    public void AMissingRequiredChapter_IsAnErrorNamingTheFile()
    {
        using var copy = new ReportFolderCopy();
        Require(copy, Required);
        copy.Delete("text/foreword.md");

        var (exit, output) = copy.Check();

        Assert.Contains($"{copy.Folder}/text/foreword.md:1:1: error: missing file: the chapter 'foreword' [RB0001]", output);
        Assert.Equal(2, exit);
    }

    [Fact]
    public void TheLeadInspector_MayBeLeftOut_WhereTheSetAllows()
    {
        using var copy = new ReportFolderCopy();
        Require(copy, Required);
        copy.Replace("report.yaml", "lead_inspector: Alex Example\n", "");

        var result = Load(copy);

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Report!.Metadata.LeadInspector);
    }

    [Fact]
    public void AMissingLeadInspector_IsAnError_WhenTheSetSaysNothing()
    {
        using var copy = new ReportFolderCopy();
        copy.Replace("report.yaml", "lead_inspector: Alex Example\n", "");

        var (exit, output) = copy.Check();

        Assert.Contains($"{copy.Folder}/report.yaml:1:1: error: missing key 'lead_inspector': the template set hmip-youth-2021/1 requires the lead inspector's name [RB1506]", output);
        Assert.Equal(2, exit);
    }

    [Fact]
    public void ARequiredSamplePeriod_ThatIsMissing_IsAnError()
    {
        using var copy = new ReportFolderCopy();
        Require(copy, Required);
        copy.Replace("report.yaml", "  court: { from: 2023-01-09, to: 2023-10-27 }\n", "");

        var (exit, output) = copy.Check();

        Assert.Contains($"{copy.Folder}/report.yaml:15:3: error: missing sample period 'samples.court': the template set hmip-youth-2021/1 requires it [RB1506]", output);
        Assert.Equal(2, exit);
    }

    [Fact]
    public void AnUnknownPart_InTemplateYaml_IsAnErrorAtItsLine()
    {
        using var copy = new ReportFolderCopy();
        Require(copy, "required:\n  chapters: [forword]");

        var (exit, output) = copy.Check();

        Assert.Contains("error: 'required.chapters': unknown part 'forword' (did you mean 'foreword'?); expected one of foreword, background, involvement, diversity, further-information [RB1507]", output);
        Assert.Equal(2, exit);
    }
}
