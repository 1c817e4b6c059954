using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;
using ReportBuilder.Dialect;
using ReportBuilder.Templating.Markdown;

namespace ReportBuilder.Templating.Tests.Markdown;

/// <summary>
/// A mistake the templates can make as well as a narrative text is found by the same rule of the dialect in both: the
/// report folder's validation (Data) and the check of the templates' output give the same code and the same words.
/// </summary>
public sealed class OneRuleBothStagesTests : IDisposable
{
    private const string Mistakes = "A sentence with a note[^missing] in it.\n\n[^unused]: Never cited.\n\n:::survey-chrat\nInside.\n:::\n";

    private readonly TempFolder _temp = new("rb-one-rule");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TheSameMistakes_GiveTheSameCodesAndWords_InAReportFolderAndInTheTemplatesOutput()
    {
        var report = _temp.CopyIn(Repository.Data("lincolnshire-2023"), "report");
        var foreword = Path.Combine(report, "text", "foreword.md");
        File.WriteAllText(foreword, Mistakes);
        var loaded = ReportFolderLoader.Load(report, new ReportLoadOptions { TemplatesRoot = Repository.Templates });
        var fromFolder = loaded.Diagnostics.Where(d => d.Span.File.Replace('\\', '/').EndsWith("text/foreword.md", StringComparison.Ordinal)).ToList();

        var output = new DiagnosticBag();
        MarkdownChecks.Check(Markdig.Markdown.Parse(Mistakes, ReportMarkdownPipeline.Default), Mistakes,
            new MarkdownOrigin("report.md.scriban", 0), loaded.Report?.Survey, output);

        Assert.Equal(3, fromFolder.Count);
        Assert.Equal([DiagnosticCodes.FootnoteWithoutDefinition, DiagnosticCodes.FootnoteWithoutReference, DiagnosticCodes.UnknownContainer],
            fromFolder.Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.Equal(fromFolder.Select(d => (d.Code, d.Span.Line, d.Span.Column)).Order(), output.Select(d => (d.Code, d.Span.Line, d.Span.Column)).Order());
        // The templates' output may hold every container, so only the list of allowed containers differs in that message.
        Assert.Equal(fromFolder.Where(d => d.Code != DiagnosticCodes.UnknownContainer).Select(d => d.Message).Order(StringComparer.Ordinal),
            output.Where(d => d.Code != DiagnosticCodes.UnknownContainer).Select(d => d.Message).Order(StringComparer.Ordinal));
        Assert.All(new[] { fromFolder, output.ToList() }, ds => Assert.Contains(ds, d => d.Message.StartsWith("unknown container ':::survey-chrat' (did you mean 'survey-chart'?)", StringComparison.Ordinal)));
    }
    /// <summary>
    /// Constructs only the dialect knows (its survey nodes, SmartyPants' quotes) are seen the same way by the report
    /// folder's validation and the templates' check: Data parses with <see cref="ReportMarkdownPipeline.Default"/>, so a
    /// <c>:::survey-quotes</c> is a <c>SurveyQuotesBlock</c> there too, and a heading's curled quotes count as in the text.
    /// </summary>
    [Fact]
    public void DialectOnlyConstructs_AreSeenAlike_ByTheReportFolderAndTheTemplatesOutput()
    {
        var text = "# \"" + new string('a', 499) + "\"\n\n:::survey-quotes positive\n:::\n\n:::survey-chart\n:::\n";
        var report = _temp.CopyIn(Repository.Data("lincolnshire-2023"), "report");
        File.Delete(Path.Combine(report, "survey.yaml"));
        File.WriteAllText(Path.Combine(report, "text", "involvement.md"), text);
        var loaded = ReportFolderLoader.Load(report, new ReportLoadOptions { TemplatesRoot = Repository.Templates });
        var fromFolder = loaded.Diagnostics.Where(d => d.Span.File.Replace('\\', '/').EndsWith("text/involvement.md", StringComparison.Ordinal)).ToList();

        var output = new DiagnosticBag();
        MarkdownChecks.Check(Markdig.Markdown.Parse(text, ReportMarkdownPipeline.Default), text, new MarkdownOrigin("report.md.scriban", 0), survey: null, output);

        Assert.Equal([DiagnosticCodes.SurveyContainerWithoutSurvey, DiagnosticCodes.SurveyContainerWithoutSurvey, DiagnosticCodes.HeadingTooLong],
            fromFolder.Select(d => d.Code).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(fromFolder.Select(d => (d.Code, d.Span.Line, d.Span.Column, d.Message)).Order(), output.Select(d => (d.Code, d.Span.Line, d.Span.Column, d.Message)).Order());
        Assert.Contains(fromFolder, d => d.Message.StartsWith("a heading of 501 characters", StringComparison.Ordinal));
    }
}
