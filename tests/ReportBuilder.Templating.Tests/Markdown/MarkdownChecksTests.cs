using Markdig;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Templating.Markdown;
using ReportBuilder.Dialect;

namespace ReportBuilder.Templating.Tests.Markdown;

/// <summary>What the templates can get wrong in their Markdown, reported at the file and line (the checks also run on Markdown given a file's origin, as here).</summary>
public class MarkdownChecksTests
{
    private static DiagnosticBag Check(string markdown, int lineOffset = 0, Survey? survey = null)
    {
        var diagnostics = new DiagnosticBag();
        var document = Markdig.Markdown.Parse(markdown, ReportMarkdownPipeline.Default);
        MarkdownChecks.Check(document, new MarkdownOrigin("data/x/standards/2.1.md", lineOffset), survey, diagnostics, markdown);
        return diagnostics;
    }

    [Fact]
    public void FootnoteReferenceWithoutDefinition_IsAnError_AtItsLine()
    {
        var d = Assert.Single(Check("First paragraph.\n\nSecond with a note[^missing] here.\n"));
        Assert.True(d.IsError);
        Assert.Equal(("data/x/standards/2.1.md", 3), (d.Span.File, d.Span.Line));
        Assert.Contains("[^missing]", d.Message);
    }

    [Fact]
    public void LineOffset_IsAddedForPiecesThatStartInsideTheirFile()
    {
        var d = Assert.Single(Check("Text[^x].\n", lineOffset: 4));
        Assert.Equal(5, d.Span.Line);
    }

    [Fact]
    public void DefinitionNeverCited_IsAWarning()
    {
        var d = Assert.Single(Check("Text.\n\n[^lonely]: Nobody cites me.\n"));
        Assert.False(d.IsError);
        Assert.Equal(3, d.Span.Line);
        Assert.Contains("never cited", d.Message);
    }

    [Fact]
    public void RawHtml_IsAWarning_ThatItIsDropped()
    {
        var diagnostics = Check("<div>boxed</div>\n\nA <span>word</span>.\n");
        Assert.Equal(3, diagnostics.Count);   // the block, and the two inline tags
        Assert.All(diagnostics, d => Assert.Contains("dropped", d.Message));
        Assert.Equal([1, 3, 3], diagnostics.Select(d => d.Span.Line));
    }

    [Fact]
    public void LineBreakTag_IsAllowed() => Assert.Empty(Check("| a<br>b |\n|---|\n| c |\n"));

    [Fact]
    public void UnknownContainer_IsAWarning_WithASuggestion()
    {
        var d = Assert.Single(Check(":::survey-chrat\n:::\n"));
        Assert.Contains("did you mean 'survey-chart'", d.Message);
    }

    [Fact]
    public void SurveyQuotesOfAGroupThatDoesNotExist_IsAnError()
    {
        var survey = new Survey(10, 5, 5, [], [new QuoteGroup("positive", ["Good."])]);
        var d = Assert.Single(Check(":::survey-quotes postive\n:::\n", survey: survey));
        Assert.True(d.IsError);
        Assert.Contains("did you mean 'positive'", d.Message);
    }

    [Fact]
    public void SurveyChartWithoutASurvey_IsAnError() =>
        Assert.Contains(Check(":::survey-chart\n:::\n"), d => d.IsError && d.Message.Contains("no survey.yaml"));

    [Fact]
    public void UnknownRatingInARatingBox_IsAnError() =>
        Assert.Contains(Check(":::rating-box excellent\nStatement.\n:::\n"), d => d.IsError && d.Message.Contains("'excellent'"));
}
