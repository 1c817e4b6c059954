using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportBuilder.Cli.Tests.EndToEnd;

/// <summary>A footnote number in the text: a mark in the body, or the number in front of a note at the foot of the page.</summary>
public sealed record Superscript(int Page, int Number, int Position, bool IsNote);

/// <summary>
/// The text of a PDF in reading order, as one normalised string with the letter behind every character, so a test
/// can find a sentence and then ask which page it is on and which font it was set in. Footnote marks (small raised
/// digits) are taken out of the flow and kept in <see cref="Superscripts"/>; a footnote's text (which the PDF draws
/// right after its mark, inside the paragraph's tag) is moved to the end of its page, where a reader meets it.
/// </summary>
public sealed class PdfText
{
    private readonly StringBuilder _text = new();
    private readonly List<(int Page, Letter? Letter)> _origin = [];

    public string Text => _text.ToString();

    public List<Superscript> Superscripts { get; } = [];

    /// <summary>Where each page starts in <see cref="Text"/>.</summary>
    public List<int> PageStarts { get; } = [];

    public int PageCount => PageStarts.Count;

    /// <summary>Where each page's body (everything but its footnotes) ends in <see cref="Text"/>.</summary>
    public List<int> BodyEnds { get; } = [];

    /// <summary>The text of one page (1-based) without its footnotes.</summary>
    public string PageBody(int page) => _text.ToString(PageStarts[page - 1], BodyEnds[page - 1] - PageStarts[page - 1]);

    public static PdfText Read(byte[] pdf)
    {
        var result = new PdfText();
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages()) result.AddPage(page);
        return result;
    }

    /// <summary>
    /// Font size at or under which a raised digit counts as a footnote number: the type scale sets the numbers at the
    /// notes' own size (8.5 pt), so size alone no longer tells a number from the note's text; being raised does.
    /// </summary>
    private const double SuperscriptSize = 8.6;

    private sealed class Stream
    {
        public readonly List<(char Ch, Letter? Letter)> Chars = [];
        public readonly List<(int Number, int Index, bool IsNote)> Supers = [];
        public Letter? Previous;
    }

    private void AddPage(Page page)
    {
        var body = new Stream();
        var notes = new Stream();
        var letters = page.Letters.ToList();
        var inNote = false;
        var noteTop = 0.0;
        Letter? lastBody = null;
        Letter? lastNote = null;

        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            if (IsSuperscriptDigit(letters, i))
            {
                var digits = new StringBuilder();
                var j = i;
                // One number: digits of one size on one baseline (a mark and the note's number can be drawn back to back).
                while (j < letters.Count && IsDigitAtMarkSize(letters[j]) && Math.Abs(letters[j].PointSize - letter.PointSize) < 0.1
                       && Math.Abs(letters[j].StartBaseLine.Y - letter.StartBaseLine.Y) < 1)
                    digits.Append(letters[j++].Value);
                // A number well below the body text drawn just before it starts a note at the foot of the page.
                var isNote = lastBody is not null && letter.StartBaseLine.Y < lastBody.StartBaseLine.Y - 20;
                if (isNote) { inNote = true; noteTop = letter.StartBaseLine.Y - 3; lastNote = letter; }
                var target = inNote ? notes : body;
                if (isNote && target.Chars.Count > 0) Add(target, ' ', null);
                target.Supers.Add((int.Parse(digits.ToString()), target.Chars.Count, isNote));
                if (isNote) target.Previous = null;
                i = j - 1;
                continue;
            }
            // A note ends when the text goes back up to the body, or far down to the footer (the page number).
            if (inNote && (letter.StartBaseLine.Y > noteTop + 6 || (lastNote is not null && letter.StartBaseLine.Y < lastNote.StartBaseLine.Y - 20)))
                inNote = false;
            if (inNote) lastNote = letter;
            var stream = inNote ? notes : body;
            if (!inNote && !string.IsNullOrWhiteSpace(letter.Value)) lastBody = letter;
            if (stream.Previous is not null && NeedsSpace(stream.Previous, letter)) Add(stream, ' ', null);
            foreach (var ch in letter.Value) Add(stream, ch, letter);
            stream.Previous = letter;
        }

        PageStarts.Add(_text.Length);
        foreach (var stream in new[] { body, notes })
        {
            var at = 0;
            foreach (var (number, index, isNote) in stream.Supers)
            {
                for (; at < index; at++) Append(stream.Chars[at].Ch, page.Number, stream.Chars[at].Letter);
                Superscripts.Add(new Superscript(page.Number, number, _text.Length, isNote));
            }
            for (; at < stream.Chars.Count; at++) Append(stream.Chars[at].Ch, page.Number, stream.Chars[at].Letter);
            Append(' ', page.Number, null);
            if (stream == body) BodyEnds.Add(_text.Length);
        }
    }

    private static bool IsDigitAtMarkSize(Letter l) => l.PointSize <= SuperscriptSize && l.Value.Length == 1 && char.IsAsciiDigit(l.Value[0]);

    /// <summary>A digit at the marks' size raised above the text beside it (the word it follows, or the note it begins).</summary>
    private static bool IsSuperscriptDigit(List<Letter> letters, int i)
    {
        var digit = letters[i];
        if (!IsDigitAtMarkSize(digit)) return false;
        Letter? Beside(int step)
        {
            for (var k = i + step; k >= 0 && k < letters.Count; k += step)
            {
                var n = letters[k];
                var sameNumber = IsDigitAtMarkSize(n) && Math.Abs(n.StartBaseLine.Y - digit.StartBaseLine.Y) < 0.5;
                if (!string.IsNullOrWhiteSpace(n.Value) && !sameNumber) return n;
            }
            return null;
        }
        bool RaisedAbove(Letter? n) => n is not null && digit.StartBaseLine.Y - n.StartBaseLine.Y is >= 1.5 and <= 8;
        return RaisedAbove(Beside(-1)) || RaisedAbove(Beside(1));
    }

    private static void Add(Stream stream, char ch, Letter? letter) => stream.Chars.Add((ch, letter));

    /// <summary>A new line, or a gap wider than a third of the font size, is a word break.</summary>
    private static bool NeedsSpace(Letter a, Letter b)
    {
        if (Math.Abs(a.StartBaseLine.Y - b.StartBaseLine.Y) > 1.5) return true;
        var gap = b.StartBaseLine.X - a.EndBaseLine.X;
        return gap > Math.Max(a.PointSize, b.PointSize) * 0.3 || gap < -2;
    }

    private void Append(char ch, int page, Letter? letter)
    {
        var c = Normalise(ch);
        if (c == '\0') return;
        if (c == ' ' && (_text.Length == 0 || _text[^1] == ' ')) return;
        _text.Append(c);
        _origin.Add((page, letter));
    }

    /// <summary>The same folding <see cref="TextMatch.Normalise"/> applies to expectations.</summary>
    private static char Normalise(char ch) => ch switch
    {
        '\u00A0' or '\t' or '\n' or '\r' => ' ',
        '\u00AD' => '\0',
        '\u2018' or '\u2019' => '\'',
        '\u201C' or '\u201D' => '"',
        _ when char.IsWhiteSpace(ch) => ' ',
        _ => ch,
    };

    public int PageAt(int position) => _origin[Math.Clamp(position, 0, _origin.Count - 1)].Page;

    public IEnumerable<Letter> LettersAt(int position, int length) =>
        _origin.Skip(position).Take(length).Select(o => o.Letter).OfType<Letter>();

    /// <summary>The text of one page (1-based).</summary>
    public string PageText(int page)
    {
        var start = PageStarts[page - 1];
        var end = page < PageStarts.Count ? PageStarts[page] : _text.Length;
        return _text.ToString(start, end - start);
    }
}
