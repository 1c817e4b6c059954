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
}
