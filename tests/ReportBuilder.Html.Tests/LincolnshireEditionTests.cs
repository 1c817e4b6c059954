using ReportBuilder.Pipeline;
using ReportBuilder.Templating;

namespace ReportBuilder.Html.Tests;

/// <summary>The Lincolnshire report: both editions from one build of the same templates.</summary>
public class LincolnshireEditionTests
{
    private static readonly Lazy<(PipelineResult Pdf, string Html)> Editions = new(() =>
    {
        var result = ReportPipeline.Run(Repository.Path("data", "lincolnshire-2023"),
            new PipelineOptions { TemplatesRoot = Repository.Path("templates"), FontsFolder = Repository.Path("fonts") });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        return (result, HtmlEdition.RenderPage(result.Rendered!.Markdown));
    });

    private static RenderedMarkdown Rendered => Editions.Value.Pdf.Rendered!.Markdown;

    [Fact]
    public void Html_HasSoundStructure() => PageStructureTests.AssertSoundStructure(Editions.Value.Html);

    [Fact]
    public void Html_HasEveryStandardWithItsRatingAndTheEightNotes()
    {
        var html = Editions.Value.Html;
        Assert.Equal(13, PageText.Count(html, "<div class=\"rating-box rating-box--"));
        Assert.Equal(14, PageText.Count(html, "<span class=\"rating rating--", "<table class=\"ratings-table\"", "</table>")); // overall + 13
        for (var note = 1; note <= 8; note++) Assert.Contains($"<li id=\"fn:{note}\">", html);
        Assert.DoesNotContain("<li id=\"fn:9\">", html);
        Assert.Equal(7, PageText.Count(html, "<table class=\"key-questions\""));
        Assert.Contains("<figcaption id=\"survey-chart-caption\">Figure 1: How children rated the service they received (score out of 10)</figcaption>", html);
    }

    [Fact]
    public void Html_PlacesNarrativeTexts_WhereTheTemplatesPutThem()
    {
        var html = Editions.Value.Html;
        // Narrative texts are rendered where the templates placed them (HtmlNarrativeRenderer), not left as empty blocks.
        Assert.Contains("Lincolnshire YOS is a well-led and well-managed service.", html);
        Assert.Contains("There is a clear vision and strategy", html);
        var foreword = html.IndexOf("<h2 id=\"foreword\">Foreword</h2>", StringComparison.Ordinal);
        Assert.True(foreword >= 0, "no Foreword heading");
        var nextHeading = html.IndexOf("<h2", foreword + 1, StringComparison.Ordinal);
        var text = html.IndexOf("Lincolnshire YOS is a well-led", StringComparison.Ordinal);
        Assert.True(foreword < text && text < nextHeading, "the foreword's text is not under its heading");
        Assert.DoesNotContain("class=\"narrative\"", html);
    }

    [Fact]
    public void Html_AndPdf_CarryTheSameText()
    {
        var (pdf, html) = Editions.Value;
        // The chart's drawn labels run from its caption to the line of scores under its axis.
        var wording = Rendered.Templates.Theme.Chart.Wording(Rendered.Templates.Strings);
        var fromPdf = PdfText.Extract(pdf.Pdf!, Rendered.RunningHeader, wording.Numbered(1), $"{wording.ScoreAxis} {string.Join(' ', Enumerable.Range(0, 11))}");
        var fromHtml = PageText.Extract(html);

        // The inside cover: the PDF sets its blocks in two columns over two pages, in an order of its own, so its
        // words are compared as a collection; they are cut out of the PDF's text between its first words and "Foreword".
        var pdfBody = fromPdf.Body;
        var start = IndexOf(pdfBody, fromHtml.InsideCover.Take(3).ToList(), 0);
        var end = start < 0 ? -1 : pdfBody.IndexOf("Foreword", start);
        Assert.True(start >= 0 && end > start, "the inside cover was not found in the PDF's text");
        var pdfInsideCover = pdfBody.GetRange(start, end - start);
        pdfBody.RemoveRange(start, end - start);
        Assert.Equal(fromHtml.InsideCover.Order(StringComparer.Ordinal), pdfInsideCover.Order(StringComparer.Ordinal));

        AssertSameText("body", string.Concat(pdfBody), string.Concat(fromHtml.Body));
        AssertSameText("notes", string.Concat(fromPdf.Notes), string.Concat(fromHtml.Notes));
        Assert.True(fromHtml.Body.Count > 6_000, $"the body text is suspiciously short ({fromHtml.Body.Count} words)");
    }

    private static int IndexOf(List<string> words, List<string> sequence, int from)
    {
        for (var i = from; i + sequence.Count <= words.Count; i++)
            if (words.Skip(i).Take(sequence.Count).SequenceEqual(sequence)) return i;
        return -1;
    }

    private static void AssertSameText(string part, string pdf, string html)
    {
        if (pdf == html) return;
        var at = 0;
        while (at < pdf.Length && at < html.Length && pdf[at] == html[at]) at++;
        string Around(string s) => s[Math.Max(0, at - 60)..Math.Min(s.Length, at + 60)];
        Assert.Fail($"The {part} differs at letter {at} of {pdf.Length} (PDF) / {html.Length} (HTML):\n  PDF:  …{Around(pdf)}…\n  HTML: …{Around(html)}…");
    }
}
