using Markdig;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Dialect;
using ReportBuilder.Templating.Markdown;

namespace ReportBuilder.Templating.Tests.Markdown;

/// <summary>What the templates can get wrong in their Markdown, reported at the file and line (the checks also run on Markdown given a file's origin, as here).</summary>
public class MarkdownChecksTests
{
    private static DiagnosticBag Check(string markdown, int lineOffset = 0, Survey? survey = null)
    {
        var diagnostics = new DiagnosticBag();
        var document = Markdig.Markdown.Parse(markdown, ReportMarkdownPipeline.Default);
        MarkdownChecks.Check(document, markdown, new MarkdownOrigin("data/x/standards/2.1.md", lineOffset), survey, diagnostics);
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
    public void DefinitionNeverCited_IsTheSameErrorAsInAReportFolder()
    {
        var d = Assert.Single(Check("Text.\n\n[^lonely]: Nobody cites me.\n"));
        Assert.True(d.IsError);
        Assert.Equal(DiagnosticCodes.FootnoteWithoutReference, d.Code);
        Assert.Equal((3, 1), (d.Span.Line, d.Span.Column));
        Assert.Contains("never referenced", d.Message);
    }

    [Fact]
    public void DefinitionInACodeBlock_IsNoDefinition() => Assert.Empty(Check("Text.\n\n```\n[^x]: not a note\n```\n"));

    [Fact]
    public void FootnoteDefinedTwice_IsAnError_AtTheSecond()
    {
        var diagnostics = Check("Text[^a].\n\n[^a]: One.\n[^a]: Two.\n");
        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.DuplicateFootnote);
        Assert.Equal(4, d.Span.Line);
        Assert.Contains("first at line 3", d.Message);
    }

    [Fact]
    public void InTheTemplatesOutput_TheMessageSaysWhichLineOfIt()
    {
        var diagnostics = new DiagnosticBag();
        const string markdown = "Text.\n\nMore[^gone].\n";
        MarkdownChecks.Check(Markdig.Markdown.Parse(markdown, ReportMarkdownPipeline.Default), markdown,
            new MarkdownOrigin("templates/t/1/report.md.scriban", 0, Generated: true), null, diagnostics);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FootnoteWithoutDefinition, d.Code);
        Assert.EndsWith("(line 3 of the template output)", d.Message);
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
    public void UnknownContainer_IsTheSameErrorAsInAReportFolder_WithASuggestion()
    {
        var d = Assert.Single(Check(":::survey-chrat\n:::\n"));
        Assert.True(d.IsError);
        Assert.Equal(DiagnosticCodes.UnknownContainer, d.Code);
        Assert.Contains("did you mean 'survey-chart'", d.Message);
    }

    [Fact]
    public void EveryContainerOfTheDialect_IsKnownInTheTemplatesOutput() =>
        Assert.Empty(Check(":::cover\n:::\n\n:::page-break\n:::\n\n:::keep-with-next\n:::\n\n:::ratings-table\n:::\n"));

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
        Assert.Contains(Check(":::survey-chart\n:::\n"), d => d.IsError && d.Code == DiagnosticCodes.SurveyContainerWithoutSurvey && d.Message.Contains("no survey.yaml"));

    [Fact]
    public void UnknownRatingInARatingBox_IsAnError() =>
        Assert.Contains(Check(":::rating-box excellent\nStatement.\n:::\n"), d => d.IsError && d.Message.Contains("'excellent'")
            && d.Message.Contains("expected outstanding, good, requires-improvement or inadequate"));

    [Fact]
    public void NotRatedLabel_IsAllowed_ButNotAsABox()
    {
        Assert.Empty(Check("::Not rated::{.rating .rating-not-rated}\n"));
        Assert.Contains(Check(":::rating-box not-rated\nStatement.\n:::\n"), d => d.Code == DiagnosticCodes.UnknownRatingKey);
    }
}
