using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace ReportBuilder.Layout.Text;

/// <summary>Atoms of one look drawn as one piece of text at a fixed offset from the line's left edge.</summary>
/// <remarks>
/// The text is a range of <see cref="Source"/>: usually the paragraph's <see cref="ShapedText.Source"/>, so that
/// no string is made per line or word; a string of its own only where drawing adds a character (a printed soft hyphen,
/// a line feed read as a space).
/// </remarks>
internal readonly record struct LineRun(AtomLook Look, string Source, int Start, int Length, double X, double Width);

/// <summary>How a line is drawn, decided on its first draw (a line's layout is fixed for its paragraph's width).</summary>
internal enum LineDrawing : byte
{
    /// <summary>Not drawn yet.</summary>
    Unknown,
    /// <summary>Run by run from <see cref="TextLine.Runs"/>, each with what it needs of its own (span, reference, link, underline, artifact).</summary>
    Groups,
    /// <summary>Plain text runs from <see cref="TextLine.Runs"/>, recorded as one call.</summary>
    Plain,
    /// <summary>
    /// Plain text, a run a word and no text of its own (most justified lines): recorded as one call that walks the
    /// atoms again when replayed, so the line keeps no array of runs.
    /// </summary>
    PlainWords,
}

/// <summary>
/// Walks a line's atoms and yields what drawing it draws: neighbours of one look grouped into a run, unless the line
/// is justified (then each word is placed on its own, at its stretched x). A footnote reference is always a run of its own.
/// </summary>
/// <remarks>
/// The one place that knows how atoms become runs: a line's runs are either built by it once and kept, or (for
/// <see cref="LineDrawing.PlainWords"/>) made by it again at each replay, where keeping them would only copy the atoms.
/// In a 1,000-page text document those copies were a quarter of what composing and laying it out allocated.
/// </remarks>
internal struct LineRunCursor(ShapedText text, TextLine line, double x, double stretch)
{
    // One per thread: text of a run's own is rare (a printed soft hyphen, a line feed) and built briefly.
    [ThreadStatic] private static StringBuilder? scratch;

    private int next = line.Start;
    private double x = x;

    /// <summary>The next run, or false after the line's last.</summary>
    public bool Next(out LineRun run)
    {
        if (next >= line.End)
        {
            run = default;
            return false;
        }
        // A span and references, not the list's indexer: each of those copied a 40-byte atom, and replay walks every word.
        var atoms = CollectionsMarshal.AsSpan(text.Atoms);
        int i = next, j = RunEnd(atoms, line.End, i, stretch);
        ref readonly var a = ref atoms[i];
        ref readonly var lastAtom = ref atoms[j];
        double w = a.Width;
        bool contiguous = true;
        for (int k = i; k < j; k++)
        {
            w += atoms[k].SpaceWidth + atoms[k + 1].Width;
            contiguous &= atoms[k + 1].Start == atoms[k].End + atoms[k].SpacesLength;
        }
        bool hyphen = j == line.End - 1 && line.Hyphenated;
        if (hyphen) w += lastAtom.HyphenWidth;
        // The space a line breaks at is drawn too (invisible at the line's end) so that the tagged text a screen reader
        // reads keeps its word boundary: without it "week,beginning" runs together across the wrap (Matterhorn 10-x01).
        bool keepSpaces = j < line.End - 1 || !line.EndsParagraph;
        // A line feed inside the paragraph reads as a space too: "Probation" + "1st Floor" must not become "Probation1st".
        bool feed = j == line.End - 1 && !hyphen && EndsAtLineFeed(atoms, line);
        int end = hyphen || !keepSpaces ? lastAtom.End : lastAtom.End + lastAtom.SpacesLength;
        run = hyphen || feed || !contiguous
            ? OwnText(a.Look, i, j, end, hyphen ? "-" : feed ? " " : "", x, w)
            : new LineRun(a.Look, text.Source, a.Start, end - a.Start, x, w);
        x += w;
        if (j < line.End - 1) x += lastAtom.SpaceWidth + (lastAtom.SpaceWidth > 0 ? stretch : 0);
        next = j + 1;
        return true;
    }

    /// <summary>
    /// <see cref="Next"/> for a line known to be <see cref="IsWordByWord"/>: each atom a run, with its spaces unless it
    /// ends the paragraph. Replay takes this way for every justified line: the grouping it skips cost as much as the
    /// rest of the layout in a text-heavy document, and the same rule is easy to see to be the same here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool NextWord(out LineRun run)
    {
        if (next >= line.End)
        {
            run = default;
            return false;
        }
        ref readonly var a = ref CollectionsMarshal.AsSpan(text.Atoms)[next];
        bool last = next == line.End - 1;
        int end = last && line.EndsParagraph ? a.End : a.End + a.SpacesLength;
        run = new LineRun(a.Look, text.Source, a.Start, end - a.Start, x, a.Width);
        x += a.Width;
        if (!last) x += a.SpaceWidth + (a.SpaceWidth > 0 ? stretch : 0);
        next++;
        return true;
    }

    /// <summary>How many runs the line has.</summary>
    public static int Count(ShapedText text, TextLine line, double stretch)
    {
        var atoms = CollectionsMarshal.AsSpan(text.Atoms);
        int count = 0;
        for (int i = line.Start; i < line.End; i = RunEnd(atoms, line.End, i, stretch) + 1) count++;
        return count;
    }

    /// <summary>Whether every run is one atom and a range of the paragraph's source (no printed hyphen, no line feed).</summary>
    public static bool IsWordByWord(ShapedText text, TextLine line, double stretch)
    {
        return !line.Hyphenated && !EndsAtLineFeed(CollectionsMarshal.AsSpan(text.Atoms), line) && Count(text, line, stretch) == line.End - line.Start;
    }

    /// <summary>The line ends at a line feed inside the paragraph (its last run then draws a space of its own).</summary>
    private static bool EndsAtLineFeed(ReadOnlySpan<Atom> atoms, TextLine line) =>
        atoms[line.End - 1].Break == BreakKind.Mandatory && line.End < atoms.Length;

    /// <summary>The last atom of the run that starts at <paramref name="i"/>.</summary>
    private static int RunEnd(ReadOnlySpan<Atom> atoms, int lineEnd, int i, double stretch)
    {
        ref readonly var a = ref atoms[i];
        int j = i;
        while (j + 1 < lineEnd && a.Footnote is null && !atoms[j].KernedEnd && SameLook(a, atoms[j + 1]) && (stretch == 0 || atoms[j].SpaceWidth == 0)) j++;
        return j;
    }

    private static bool SameLook(in Atom a, in Atom b) => ReferenceEquals(a.Look, b.Look) ? b.Footnote is null :
        a.Face == b.Face && a.FontSize == b.FontSize && a.Color == b.Color && a.Rise == b.Rise && a.Underline == b.Underline
        && ReferenceEquals(a.Link, b.Link) && a.Language == b.Language && a.Artifact == b.Artifact && b.Footnote is null
        && a.Look.Symbol is null && b.Look.Symbol is null;

    /// <summary>A run whose text is not one range of the source: a printed soft hyphen or a line feed read as a space is added to it.</summary>
    private readonly LineRun OwnText(AtomLook look, int i, int j, int end, string added, double x, double width)
    {
        var atoms = text.Atoms;
        var builder = (scratch ??= new StringBuilder()).Clear();
        for (int k = i; k < j; k++) builder.Append(text.Source, atoms[k].Start, atoms[k].Length + atoms[k].SpacesLength);
        builder.Append(text.Source, atoms[j].Start, end - atoms[j].Start).Append(added);
        return new LineRun(look, builder.ToString(), 0, builder.Length, x, width);
    }
}
