using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Core.Tests.Diagnostics;

public class DiagnosticsTests
{
    [Fact]
    public void Diagnostic_PrintsTheCompilerConvention()
    {
        var d = new Diagnostic(DiagnosticSeverity.Error, "RB0305", "unknown rating 'Outstandng'", new SourceSpan("data/x/standards.csv", 3, 45));
        Assert.Equal("data/x/standards.csv:3:45: error: unknown rating 'Outstandng' [RB0305]", d.ToString());
        Assert.StartsWith("a.md:1:1: warning: ", new Diagnostic(DiagnosticSeverity.Warning, "RB1", "m", SourceSpan.StartOf("a.md")).ToString());
    }

    [Fact]
    public void Bag_CountsAndSortsByFileLineColumn_KeepingDiscoveryOrderForTies()
    {
        var bag = new DiagnosticBag();
        bag.Error(new SourceSpan("b.csv", 1, 1), "E1", "first");
        bag.Warning(new SourceSpan("a.yaml", 9, 2), "W1", "second");
        bag.Error(new SourceSpan("a.yaml", 9, 1), "E2", "third");
        bag.Error(new SourceSpan("a.yaml", 9, 1), "E3", "fourth");
        Assert.True(bag.HasErrors);
        Assert.True(bag.HasWarnings);
        Assert.Equal(3, bag.ErrorCount);
        Assert.Equal(1, bag.WarningCount);
        Assert.Equal(["third", "fourth", "second", "first"], bag.Sorted().Select(d => d.Message));
    }

    [Theory]
    [InlineData("Outstandng", "Outstanding")]
    [InlineData("requires improvment", "Requires improvement")]
    [InlineData("Godo", "Good")]
    [InlineData("Excellent", null)]
    public void Suggestions_FindTheClosePlausibleTypo(string input, string? expected) =>
        Assert.Equal(expected, Suggestions.Closest(input, ["Outstanding", "Good", "Requires improvement", "Inadequate"]));

    [Fact]
    public void EditDistance_CountsATranspositionAsOneEdit() => Assert.Equal(1, Suggestions.EditDistance("ab", "ba"));
}
