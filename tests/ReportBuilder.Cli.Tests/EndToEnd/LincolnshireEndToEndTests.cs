namespace ReportBuilder.Cli.Tests.EndToEnd;

/// <summary>
/// Builds data/lincolnshire-2023 to a PDF and reads it back with PdfPig, against the published report's text
/// (Fixtures/lincolnshire-2023-reference.md): every heading, rating, key question, recommendation, footnote, and the
/// first words of every paragraph and bullet, in the published order; bold lowest figures; footnotes on their page.
/// </summary>
public class LincolnshireEndToEndTests
{
    private static readonly Lazy<ReferenceReport.Parsed> Reference =
        new(() => ReferenceReport.Parse(BuiltReports.Fixture("lincolnshire-2023-reference.md")));

    private static PdfText Pdf => BuiltReports.Lincolnshire.Text;

    [Fact]
    public void Reference_IsParsedIntoEveryKindOfExpectation()
    {
        // Guards the parser itself: a parser that found nothing would make every other test pass vacuously.
        var r = Reference.Value;
        // 89 bullets as data/lincolnshire-2023/NOTES.md counts them, 4 of them the recommendations.
        Assert.Equal(85, r.InOrder.Count(e => e.Kind == ExpectationKind.Bullet));
        Assert.Equal(4, r.InOrder.Count(e => e.Kind == ExpectationKind.Recommendation));
        Assert.Equal(21, r.InOrder.Count(e => e.Kind == ExpectationKind.KeyQuestion));
        Assert.Equal(7, r.Tables.Count);
        Assert.Equal(Enumerable.Range(1, 8), r.Footnotes.Select(f => f.Number));
        Assert.Equal(13, r.InOrder.Count(e => e.Kind == ExpectationKind.RatingsRow && char.IsDigit(e.Text[0]) && e.Text[1] == '.' && char.IsDigit(e.Text[2])));
    }

    [Fact]
    public void Pdf_HasEveryExpectedText_InTheReferenceOrder()
    {
        var failures = PdfChecks.InOrder(Pdf, Reference.Value.InOrder);
        Assert.True(failures.Count == 0, $"{failures.Count} of {Reference.Value.InOrder.Count} expectations failed:\n" + string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public void Footnotes_AreNumberedInDocumentOrder_AndSitOnThePageThatCitesThem()
    {
        var problems = PdfChecks.Footnotes(Pdf, Reference.Value.Footnotes);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void KeyQuestionTables_SetTheLowestFigureInBold_AndNoOther()
    {
        var problems = PdfChecks.BoldLowest(Pdf, Reference.Value.Tables);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void RunningHeader_AndPageNumbers_AreOnEveryPageButTheCover()
    {
        var problems = PdfChecks.RunningHeads(Pdf, "Inspection of youth offending services in: Lincolnshire");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void SurveyChart_IsAFigure_WhoseAlternativeTextGivesTheNumbers_UnderACaptionNumberedFigure1()
    {
        var rendered = BuiltReports.Lincolnshire.Result;
        var canvas = new ReportBuilder.Layout.RecordingCanvas();
        rendered.Rendered!.Layout.Generate(canvas);
        // The chart is the one figure besides the cover's logo (an image of the template set).
        var figure = Assert.Single(canvas.AllStructures, s => s.Role == ReportBuilder.Layout.Drawing.StructureRole.Figure
            && s.Element.AlternateText != "HM Inspectorate of Probation");
        const string caption = "Figure 1: How children rated the service they received (score out of 10)";
        Assert.StartsWith(caption + ". 5 children scored 10, ", figure.Element.AlternateText);
        foreach (var (score, children) in new[] { (9, 4), (8, 4), (7, 4), (6, 1), (5, 1) })
            Assert.Contains($" {children} scored {score}", figure.Element.AlternateText);
        Assert.EndsWith("No child scored 0, 1, 2, 3 or 4.", figure.Element.AlternateText);
        Assert.Contains(canvas.AllStructures, s => s.Role == ReportBuilder.Layout.Drawing.StructureRole.Caption);
        Assert.Contains(canvas.Texts, t => t.Text == caption);
        // Every score is labelled under its column, those nobody gave included; no wording a reader would not expect.
        foreach (var score in Enumerable.Range(0, 11)) Assert.Contains(canvas.Texts, t => t.Text.TrimEnd('\u00A0') == score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(canvas.Texts, t => t.Text.Contains("bar height", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(canvas.Problems);
    }

    [Fact]
    public void RatingSymbols_AreDrawnAsShapes_NoSymbolFontIsEmbedded_AndNoSymbolIsInTheText()
    {
        var bytes = BuiltReports.Lincolnshire.Result.Pdf!;
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        // Every letter in Liberation Sans: the symbols no longer pull in DejaVu Sans (or any fallback font).
        Assert.All(letters.Select(l => l.FontName).Distinct(), name => Assert.Contains("LiberationSans", name.Replace(" ", "")));
        Assert.DoesNotContain(letters, l => "\u2605\u25CF\u25B2\u25A0".Contains(l.Value));

        // The shapes are drawn: on the ratings page, one per rating printed (overall, 13 standards, the key's four).
        var canvas = new ReportBuilder.Layout.RecordingCanvas();
        BuiltReports.Lincolnshire.Result.Rendered!.Layout.Generate(canvas);
        var symbols = canvas.Calls.OfType<ReportBuilder.Layout.RecordedShape>()
            .Where(s => s.PageIndex == 3 && s.Kind is "polygon" or "ellipse" && s.Artifact == ReportBuilder.Layout.Drawing.ArtifactKind.Layout).ToList();
        Assert.Equal(14 + 4, symbols.Count);
        Assert.Contains("Each rating is shown by its word and a symbol: Outstanding, Good, Requires improvement, Inadequate.",
            System.Text.RegularExpressions.Regex.Replace(string.Join(' ', pdf.GetPage(4).GetWords().Select(w => w.Text)), " (?=[,.])", ""));
    }
}
