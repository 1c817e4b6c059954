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
        var haystack = new TextMatch.Haystack(Pdf.Text);
        var cursor = 0;
        var missing = new List<string>();
        foreach (var expectation in Reference.Value.InOrder)
        {
            var (start, end) = haystack.Find(expectation.Text, cursor);
            if (start < 0)
            {
                var anywhere = haystack.Find(expectation.Text, 0).Start;
                missing.Add(anywhere < 0 ? $"missing: {expectation}" : $"out of order (found on page {Pdf.PageAt(anywhere)}, before page {Pdf.PageAt(cursor)}): {expectation}");
                continue;
            }
            cursor = end;
        }
        Assert.True(missing.Count == 0, $"{missing.Count} of {Reference.Value.InOrder.Count} expectations failed:\n" + string.Join("\n", missing.Take(30)));
    }

    [Fact]
    public void Footnotes_AreNumberedInDocumentOrder_AndSitOnThePageThatCitesThem()
    {
        var haystack = new TextMatch.Haystack(Pdf.Text);
        var problems = new List<string>();
        foreach (var note in Reference.Value.Footnotes)
        {
            var notes = Pdf.Superscripts.Where(s => s.IsNote && s.Number == note.Number).ToList();
            var marks = Pdf.Superscripts.Where(s => !s.IsNote && s.Number == note.Number).ToList();
            if (notes.Count != 1) problems.Add($"footnote {note.Number}: expected its text once at the foot of a page, found {notes.Count}");
            else if (marks.Count != 1) problems.Add($"footnote {note.Number}: expected one mark in the text, found {marks.Count}");
            else if (marks[0].Page != notes[0].Page) problems.Add($"footnote {note.Number}: cited on page {marks[0].Page}, printed on page {notes[0].Page}");
            else if (haystack.Find(note.Text, notes[0].Position) is var (start, _) && (start < 0 || Pdf.PageAt(start) != notes[0].Page || start > notes[0].Position + 1))
                problems.Add($"footnote {note.Number}: the text after its number is not the reference's \"{note.Text}\"");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(Enumerable.Range(1, Reference.Value.Footnotes.Count), Pdf.Superscripts.Where(s => !s.IsNote).Select(s => s.Number));
    }

    [Fact]
    public void KeyQuestionTables_SetTheLowestFigureInBold_AndNoOther()
    {
        var haystack = new TextMatch.Haystack(Pdf.Text);
        var cursor = 0;
        var problems = new List<string>();
        foreach (var table in Reference.Value.Tables)
        {
            foreach (var (question, percent) in table.Rows)
            {
                var (start, end) = haystack.Find($"{question} {percent}%", cursor);
                Assert.True(start >= 0, $"row not found: {question} {percent}%");
                cursor = end;
                var figure = $"{percent}%";
                var fonts = Pdf.LettersAt(end - figure.Length, figure.Length).Select(l => l.FontName).Distinct().ToList();
                var bold = fonts.All(f => f.Contains("Bold", StringComparison.OrdinalIgnoreCase));
                var lowest = percent == table.Lowest;
                if (bold != lowest) problems.Add($"{question} {figure}: {(lowest ? "lowest but not bold" : "bold but not the lowest")} (fonts {string.Join(", ", fonts)})");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void RunningHeader_AndPageNumbers_AreOnEveryPageButTheCover()
    {
        const string header = "Inspection of youth offending services in: Lincolnshire";
        Assert.DoesNotContain(header, Pdf.PageText(1));
        for (var page = 2; page <= Pdf.PageCount; page++)
        {
            var text = Pdf.PageBody(page).Trim();
            Assert.StartsWith(header, text);
            Assert.EndsWith(page.ToString(), text);
        }
    }
}
