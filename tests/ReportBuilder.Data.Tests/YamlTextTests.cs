using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Yaml;

namespace ReportBuilder.Data.Tests;

/// <summary>The one YAML reader: every way text can fail to be a mapping is one diagnostic at file, line and column, never an exception.</summary>
public class YamlTextTests
{
    private static (YamlDotNet.RepresentationModel.YamlMappingNode? Map, DiagnosticBag Diagnostics) Parse(string text, bool emptyIsMapping = false)
    {
        var diagnostics = new DiagnosticBag();
        return (YamlText.ParseMapping(text, "theme.yaml", diagnostics, YamlCodes.TemplateSet, emptyIsMapping), diagnostics);
    }

    [Fact]
    public void AFlowListNeverClosed_IsAnErrorWhereItOpens()
    {
        var (map, diagnostics) = Parse("a: 1\nb: [x, y\n");
        Assert.Null(map);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.TemplateYamlSyntax, "theme.yaml"), (d.Code, d.Span.File));
        Assert.True(d.Span.Line >= 2, d.ToString());
        Assert.StartsWith("YAML syntax error:", d.Message);
    }

    [Fact]
    public void ADuplicateKey_IsAnError_NotAnException()
    {
        var (map, diagnostics) = Parse("a: 1\na: 2\n");
        Assert.Null(map);
        Assert.Contains("duplicate key", Assert.Single(diagnostics).Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AListAtTheTop_IsNotAMapping_AtItsLine()
    {
        var (map, diagnostics) = Parse("\n- a\n- b\n");
        Assert.Null(map);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.TemplateYamlNotMapping, 2), (d.Code, d.Span.Line));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AnEmptyFile_IsAnEmptyMappingOnlyWhereThatMeansNothingSet(bool emptyIsMapping)
    {
        var (map, diagnostics) = Parse("", emptyIsMapping);
        Assert.Equal(emptyIsMapping, map is not null);
        Assert.Equal(emptyIsMapping ? 0 : 1, diagnostics.Count);
    }

    [Fact]
    public void PositionsAreNotRepeatedInTheMessage()
    {
        var (_, diagnostics) = Parse("a: b: c\n");
        Assert.DoesNotContain("(Line:", Assert.Single(diagnostics).Message);
    }
}
