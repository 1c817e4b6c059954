namespace ReportBuilder.Cli.Tests.EndToEnd;

/// <summary>Checks shared by the end-to-end tests of every report.</summary>
public static class PdfChecks
{
    /// <summary>Finds each expectation after the previous one; returns the ones missing or out of order.</summary>
    public static List<string> InOrder(PdfText pdf, IEnumerable<Expectation> expectations)
    {
        var haystack = new TextMatch.Haystack(pdf.Text);
        var cursor = 0;
        var failures = new List<string>();
        foreach (var expectation in expectations)
        {
            var (start, end) = haystack.Find(expectation.Text, cursor);
            if (start < 0)
            {
                var anywhere = haystack.Find(expectation.Text, 0).Start;
                failures.Add(anywhere < 0 ? $"missing: {expectation}" : $"out of order (found on page {pdf.PageAt(anywhere)}, before page {pdf.PageAt(cursor)}): {expectation}");
                continue;
            }
            cursor = end;
        }
        return failures;
    }

    /// <summary>Each note once at the foot of the page that cites it, marks numbered 1, 2, 3… in document order.</summary>
    public static List<string> Footnotes(PdfText pdf, IReadOnlyList<ExpectedFootnote> expected)
    {
        var haystack = new TextMatch.Haystack(pdf.Text);
        var problems = new List<string>();
        foreach (var note in expected)
        {
            var notes = pdf.Superscripts.Where(s => s.IsNote && s.Number == note.Number).ToList();
            var marks = pdf.Superscripts.Where(s => !s.IsNote && s.Number == note.Number).ToList();
            if (notes.Count != 1) problems.Add($"footnote {note.Number}: expected its text once at the foot of a page, found {notes.Count}");
            else if (marks.Count != 1) problems.Add($"footnote {note.Number}: expected one mark in the text, found {marks.Count}");
            else if (marks[0].Page != notes[0].Page) problems.Add($"footnote {note.Number}: cited on page {marks[0].Page}, printed on page {notes[0].Page}");
            else if (haystack.Find(note.Text, notes[0].Position) is var (start, _) && (start < 0 || pdf.PageAt(start) != notes[0].Page || start > notes[0].Position + 1))
                problems.Add($"footnote {note.Number}: the text after its number (page {notes[0].Page}, at {notes[0].Position}: \"{pdf.Text.Substring(notes[0].Position, Math.Min(80, pdf.Text.Length - notes[0].Position))}\") is not \"{note.Text}\"");
        }
        var order = pdf.Superscripts.Where(s => !s.IsNote).Select(s => s.Number).ToList();
        if (!order.SequenceEqual(Enumerable.Range(1, expected.Count)))
            problems.Add($"marks in document order are {string.Join(", ", order)}, expected 1 to {expected.Count}");
        return problems;
    }

    /// <summary>In each key-question table, the lowest figure(s) set in a bold face and no other.</summary>
    public static List<string> BoldLowest(PdfText pdf, IEnumerable<ExpectedTable> tables)
    {
        var haystack = new TextMatch.Haystack(pdf.Text);
        var cursor = 0;
        var problems = new List<string>();
        foreach (var table in tables)
            foreach (var (question, percent) in table.Rows)
            {
                var (start, end) = haystack.Find($"{question} {percent}%", cursor);
                if (start < 0) { problems.Add($"row not found: {question} {percent}%"); continue; }
                cursor = end;
                var figure = $"{percent}%";
                var fonts = pdf.LettersAt(end - figure.Length, figure.Length).Select(l => l.FontName).Distinct().ToList();
                var bold = fonts.Count > 0 && fonts.All(f => f is not null && f.Contains("Bold", StringComparison.OrdinalIgnoreCase));
                var lowest = percent == table.Lowest;
                if (bold != lowest) problems.Add($"{question} {figure}: {(lowest ? "lowest but not bold" : "bold but not the lowest")} (fonts {string.Join(", ", fonts)})");
            }
        return problems;
    }

    /// <summary>The running header on every page but the cover, which has none; the page number last on every page but the cover.</summary>
    public static List<string> RunningHeads(PdfText pdf, string header)
    {
        var problems = new List<string>();
        if (pdf.PageText(1).Contains(header)) problems.Add("the cover has the running header");
        for (var page = 2; page <= pdf.PageCount; page++)
        {
            var text = pdf.PageBody(page).Trim();
            if (!text.StartsWith(header)) problems.Add($"page {page} does not start with the running header");
            if (!text.EndsWith(" " + page)) problems.Add($"page {page} does not end with its number");
        }
        return problems;
    }
}
