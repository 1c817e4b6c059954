using System.Xml.Linq;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Core.Tests.Architecture;

/// <summary>
/// The references between our projects point one way (docs/architecture.md): the model and the layout engine stand
/// alone, loading knows nothing of presentation, and the HTML edition is rendered, not loaded.
/// </summary>
public sealed class ProjectReferenceTests
{
    /// <summary>The ReportBuilder.* projects a project of src/ references, by short name ("Core", "Layout").</summary>
    private static HashSet<string> References(string project)
    {
        var file = Repository.Path("src", $"ReportBuilder.{project}", $"ReportBuilder.{project}.csproj");
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .Select(name => name["ReportBuilder.".Length..])
            .ToHashSet();
    }

    [Theory]
    [InlineData("Core")]
    [InlineData("Layout")]
    [InlineData("Conformance")]
    public void StandsAlone(string project) => Assert.Empty(References(project));

    [Fact]
    public void Dialect_ReferencesOnlyCore() => Assert.Subset(new HashSet<string> { "Core" }, References("Dialect"));

    [Fact]
    public void Data_ReferencesNothingOfPresentation() => Assert.Subset(new HashSet<string> { "Core", "Dialect" }, References("Data"));

    [Theory]
    [InlineData("Pdf")]
    [InlineData("Raster")]
    public void Backends_KnowOnlyLayout(string project) => Assert.Subset(new HashSet<string> { "Layout" }, References(project));

    [Fact]
    public void Html_ReferencesNeitherDataNorCliNorBackends()
    {
        var references = References("Html");
        Assert.DoesNotContain("Data", references);
        Assert.DoesNotContain("Cli", references);
        Assert.DoesNotContain("Pdf", references);
        Assert.DoesNotContain("Raster", references);
    }

    [Fact]
    public void Pipeline_ReferencesTheStagesButNotTheCli()
    {
        var references = References("Pipeline");
        Assert.Subset(new HashSet<string> { "Core", "Data", "Dialect", "Templating", "Html", "Layout", "Pdf", "Raster" }, references);
        Assert.DoesNotContain("Cli", references);
    }

    /// <summary>No stage reaches up to the pipeline that strings them together; only the CLI stands on it.</summary>
    [Theory]
    [InlineData("Core")]
    [InlineData("Data")]
    [InlineData("Dialect")]
    [InlineData("Templating")]
    [InlineData("Html")]
    [InlineData("Layout")]
    [InlineData("Pdf")]
    [InlineData("Raster")]
    public void Stages_DoNotReferenceThePipeline(string project) => Assert.DoesNotContain("Pipeline", References(project));

    [Fact]
    public void Cli_BuildsThroughThePipeline() => Assert.Contains("Pipeline", References("Cli"));
}
