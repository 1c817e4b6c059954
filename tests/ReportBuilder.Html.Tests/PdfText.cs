using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportBuilder.Html.Tests;

/// <summary>
/// Reads the PDF edition back as text to compare with the HTML: page by page, in the order each page draws its
/// letters (the source's order: a table cell or rating box is read whole, as the tags read it), leaving out what
/// only a paged edition has, which is found by position. Returns the body and the notes, letters and digits only (see <see cref="PageText.Normalise"/>).
/// </summary>
/// <remarks>
/// Documented differences, removed here:
/// - the running header (the first line of a page when it is the theme's header text) and the page number (a last
///   line of digits only);
/// - the page numbers of the contents page (the last word of a line on the page headed "Contents", when it is a number
///   standing well apart from the entry or after dot leaders);
/// - the survey chart's drawn labels (counts, scores, axis title): the lines after its caption up to the axis title;
///   the caption itself is compared;
/// - notes: the PDF sets them at the foot of the page in smaller type than body and tables, the HTML in one list at the end. The trailing
///   lines of a page in type smaller than the body, from the first one that starts with a note number (a superscript
///   number), are the notes; their numbers are dropped (the HTML list numbers them);
/// - the inside cover, set in two columns over two pages: its words are compared as a collection
///   (see LincolnshireEditionTests).
/// </remarks>
internal static class PdfText
{
    private sealed record Line(double Baseline, IReadOnlyList<Word> Words)
    {
        public string Text => string.Join(' ', Words.Select(w => w.Text));
        public double MaxSize => Words.SelectMany(w => w.Letters).Max(l => l.PointSize);
        public bool IsNumber => Words.Count == 1 && Words[0].Text.All(char.IsDigit);

        /// <summary>A note begins with its number set smaller than its text (a superscript), which "1 Bridge Street" is not.</summary>
        /// A number raised higher than its text may stand on a line of its own.
        public bool StartsWithNoteNumber => Words[0].Text.All(char.IsDigit)
            && (Words.Count == 1 || Words[0].Letters.Max(l => l.PointSize) < Words.Skip(1).SelectMany(w => w.Letters).Max(l => l.PointSize) - 0.5);
    }

    public static (List<string> Body, List<string> Notes) Extract(byte[] pdf, string runningHeader, string chartCaption, string chartAxisTitle)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        var bodySize = pages.SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.PointSize, 1)).OrderByDescending(g => g.Count()).First().Key;

        var body = new List<string>();
        var notes = new List<string>();
        var inChart = false;
        foreach (var page in pages)
        {
            // Lines by position decide what to leave out or set apart; the text itself is then read in the order the
            // page draws it, which is the order of the source (a table cell, a rating box and a column are whole).
            var lines = Lines(page);
            var excluded = new HashSet<Letter>(ReferenceEqualityComparer.Instance);
            var noteLetters = new HashSet<Letter>(ReferenceEqualityComparer.Instance);
            void Exclude(IEnumerable<Word> words) { foreach (var w in words) excluded.UnionWith(w.Letters); }

            if (lines.Count > 0 && PageText.Normalise(lines[0].Text) == PageText.Normalise(runningHeader)) { Exclude(lines[0].Words); lines.RemoveAt(0); }
            if (lines.Count > 0 && lines[^1].IsNumber) { Exclude(lines[^1].Words); lines.RemoveAt(lines.Count - 1); }

            // Notes come after the chart's labels when a chart ends the page: its small-type labels are no notes.
            var noteFloor = lines.FindIndex(l => PageText.Normalise(l.Text) == PageText.Normalise(chartAxisTitle)) + 1;
            var firstSmall = lines.Count;
            // Smaller than the tables too, which the type scale sets one step (1 pt) below the body: a table ending
            // a page is no note, though a footnote number in it may stand on a line of its own.
            while (firstSmall > noteFloor && lines[firstSmall - 1].MaxSize < bodySize - 1.25) firstSmall--;
            var firstNote = Enumerable.Range(firstSmall, lines.Count - firstSmall).FirstOrDefault(i => lines[i].StartsWithNoteNumber, -1);
            if (firstNote >= 0)
            {
                foreach (var line in lines.Skip(firstNote))
                {
                    if (line.StartsWithNoteNumber) Exclude(line.Words.Take(1));
                    foreach (var w in line.Words.Skip(line.StartsWithNoteNumber ? 1 : 0)) noteLetters.UnionWith(w.Letters);
                }
                lines.RemoveRange(firstNote, lines.Count - firstNote);
            }

            var contentsPage = lines.Count > 0 && lines[0].Text == "Contents";
            foreach (var line in lines)
            {
                if (inChart)
                {
                    Exclude(line.Words);
                    if (PageText.Normalise(line.Text) == PageText.Normalise(chartAxisTitle)) inChart = false;
                    continue;
                }
                if (PageText.Normalise(line.Text) == PageText.Normalise(chartCaption)) inChart = true;
                if (contentsPage && line.Words.Count > 1 && line.Words[^1].Text.All(char.IsDigit)
                    && (line.Words[^1].BoundingBox.Left - line.Words[^2].BoundingBox.Right > 20  // a page number stands apart
                        || line.Words[^2].Text.All(c => c == '.')))                               // or after dot leaders
                    Exclude(line.Words.TakeLast(1));
            }

            var bodyText = new StringBuilder();
            var notesText = new StringBuilder();
            Letter? previousBody = null, previousNote = null;
            foreach (var letter in page.Letters)
            {
                if (excluded.Contains(letter)) continue;
                var isNote = noteLetters.Contains(letter);
                var text = isNote ? notesText : bodyText;
                ref var previous = ref isNote ? ref previousNote : ref previousBody;
                if (previous is not null && Breaks(previous, letter)) text.Append(' ');
                text.Append(letter.Value);
                previous = letter;
            }
            body.AddRange(PageText.Words(bodyText.ToString()));
            notes.AddRange(PageText.Words(notesText.ToString()));
        }
        return (body, notes);
    }

    /// <summary>Whether a word ends between two letters drawn one after the other: a new line, or a gap wider than a space's part.</summary>
    private static bool Breaks(Letter previous, Letter next) =>
        Math.Abs(previous.StartBaseLine.Y - next.StartBaseLine.Y) > 1
        || next.StartBaseLine.X < previous.StartBaseLine.X
        || next.StartBaseLine.X - previous.EndBaseLine.X > 0.15 * Math.Max(previous.PointSize, 1);

    /// <summary>The page's words grouped into lines by baseline (a superscript joins its line), top to bottom, each left to right.</summary>
    private static List<Line> Lines(Page page)
    {
        var lines = new List<(double Baseline, List<Word> Words)>();
        foreach (var word in page.GetWords().OrderByDescending(w => w.Letters[0].StartBaseLine.Y).ThenBy(w => w.BoundingBox.Left))
        {
            var baseline = word.Letters[0].StartBaseLine.Y;
            var line = lines.FirstOrDefault(l => Math.Abs(l.Baseline - baseline) < 2 || (Math.Abs(l.Baseline - baseline) < 5 && word.Letters.Max(x => x.PointSize) < l.Words.Max(w => w.Letters.Max(x => x.PointSize)) - 1));
            if (line.Words is null) lines.Add((baseline, [word]));
            else line.Words.Add(word);
        }
        return lines.Select(l => new Line(l.Baseline, l.Words.OrderBy(w => w.BoundingBox.Left).ToList())).ToList();
    }
}
