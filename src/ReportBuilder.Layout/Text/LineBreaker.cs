namespace ReportBuilder.Layout.Text;

/// <summary>One line of a paragraph: a range of atoms and its box.</summary>
internal sealed class TextLine
{
    public int Start { get; init; }
    public int End { get; init; }
    /// <summary>Natural width of the content (a printed soft hyphen included, trailing spaces not).</summary>
    public double Width { get; init; }
    public double Indent { get; init; }
    public double Ascent { get; init; }
    public double Descent { get; init; }
    public double Height { get; init; }
    /// <summary>Spaces inside the line that justification may stretch.</summary>
    public int Gaps { get; init; }
    public bool Hyphenated { get; init; }
    /// <summary>The last line of the paragraph or one ended by a line feed: never justified.</summary>
    public bool EndsParagraph { get; init; }
    public FootnoteInline[] Notes { get; init; } = [];

    /// <summary>How the line is drawn, decided on its first draw.</summary>
    public LineDrawing Drawing { get; set; }

    /// <summary>
    /// What drawing the line draws, built on its first draw and kept unless <see cref="Drawing"/> is
    /// <see cref="LineDrawing.PlainWords"/>: later passes walk these few runs instead of the line's atoms and make no strings.
    /// </summary>
    /// <remarks>
    /// In a 1,000-page document whatever a page's drawing touches has left the processor's cache since the pass
    /// before walked it: a line's one or two runs in one array cost far fewer memory reads than its dozen atoms.
    /// A justified line has a run a word, as many as its atoms, so it keeps none (<see cref="LineRunCursor"/>).
    /// </remarks>
    public LineRun[]? Runs { get; set; }

    /// <summary>Distance from the top of the line box to the baseline.</summary>
    public double Baseline => BaselineIn(Height);

    /// <summary>The baseline in a box of <paramref name="height"/> (a line tightened to fit a section on its page): the leading shrinks evenly above and below.</summary>
    public double BaselineIn(double height) => (height - (Ascent + Descent)) / 2 + Ascent;
}

/// <summary>Greedy (first-fit) line breaking over atoms.</summary>
internal static class LineBreaker
{
    private const double Epsilon = 1e-6;

    /// <param name="text">Atoms from <see cref="TextShaper"/>; a copy of the list is made if a word must be cut.</param>
    /// <param name="width">Line width in points.</param>
    /// <param name="firstIndent">Indent of the first line (may be negative for a hanging first line).</param>
    /// <param name="otherIndent">Indent of every other line.</param>
    public static (ShapedText Text, List<TextLine> Lines) Break(ShapedText text, double width, double firstIndent, double otherIndent)
    {
        text = CutOverlongWords(text, width - Math.Max(Math.Max(firstIndent, otherIndent), 0));
        var atoms = text.Atoms;
        var lines = new List<TextLine>();
        int n = atoms.Count, i = 0;
        while (i < n)
        {
            double indent = lines.Count == 0 ? firstIndent : otherIndent;
            double max = width - indent;
            double lineWidth = 0, pendingSpace = 0;
            int lastBreak = -1, end = n;
            for (int j = i; j < n; j++)
            {
                var a = atoms[j];
                double w = lineWidth + pendingSpace + a.Width;
                double endWidth = w + (a.Break == BreakKind.SoftHyphen ? a.HyphenWidth : 0);
                if (endWidth > max + Epsilon && j > i)
                {
                    end = lastBreak >= i ? lastBreak + 1 : j;
                    break;
                }
                lineWidth = w;
                pendingSpace = a.SpaceWidth;
                if (a.Break != BreakKind.None) lastBreak = j;
                if (a.Break == BreakKind.Mandatory) { end = j + 1; break; }
            }
            lines.Add(MakeLine(atoms, i, end, indent, end == n || atoms[end - 1].Break == BreakKind.Mandatory));
            i = end;
        }
        return (text, lines);
    }

    private static TextLine MakeLine(List<Atom> atoms, int start, int end, double indent, bool endsParagraph)
    {
        double width = 0, ascent = 0, descent = 0, height = 0;
        int gaps = 0;
        List<FootnoteInline>? notes = null;
        for (int k = start; k < end; k++)
        {
            var a = atoms[k];
            width += a.Width;
            if (k < end - 1) { width += a.SpaceWidth; if (a.SpaceWidth > 0) gaps++; }
            var m = a.Face.Metrics;
            ascent = Math.Max(ascent, m.Ascent * a.BaseSize);
            descent = Math.Max(descent, m.Descent * a.BaseSize);
            height = Math.Max(height, a.BaseSize * (a.LineHeight ?? m.LineSpacing));
            if (a.Footnote is not null) (notes ??= []).Add(a.Footnote);
        }
        var last = atoms[end - 1];
        bool hyphenated = last.Break == BreakKind.SoftHyphen && end < atoms.Count;
        if (hyphenated) width += last.HyphenWidth;
        return new TextLine
        {
            Start = start, End = end, Width = width, Indent = indent, Ascent = ascent, Descent = descent,
            Height = Math.Max(height, ascent + descent), Gaps = gaps, Hyphenated = hyphenated, EndsParagraph = endsParagraph,
            Notes = notes?.ToArray() ?? [],
        };
    }

    // A loop, not List.Exists with a lambda: every paragraph asks once per width, and the lambda's closure was garbage each time.
    private static bool HasWiderThan(List<Atom> atoms, double max)
    {
        foreach (var a in atoms)
            if (a.Width > max + Epsilon) return true;
        return false;
    }

    /// <summary>Cuts any atom wider than <paramref name="max"/> into pieces that fit (a word longer than a line breaks anywhere).</summary>
    private static ShapedText CutOverlongWords(ShapedText text, double max)
    {
        var atoms = text.Atoms;
        if (max <= 0 || !HasWiderThan(atoms, max)) return text;
        var source = text.Source;
        var result = new List<Atom>(atoms.Count + 4);
        foreach (var a in atoms)
        {
            if (a.Width <= max + Epsilon || a.Length < 2) { result.Add(a); continue; }
            var m = a.Face.Metrics;
            int start = a.Start;
            double width = 0, advances = 0;
            for (int i = a.Start; i < a.End; i++)
            {
                int len = char.IsHighSurrogate(source[i]) && i + 1 < a.End ? 2 : 1;
                double adv = m.Advance(char.ConvertToUtf32(source, i)) * a.FontSize;
                if (width + adv > max + Epsilon && i > start)
                {
                    result.Add(a.CloneWith(start, i - start, width, BreakKind.Emergency, 0, 0));
                    start = i;
                    width = 0;
                }
                width += adv;
                advances += adv;
                i += len - 1;
            }
            // The last piece keeps what the atom's width held beyond its advances (a kerning adjustment after it).
            result.Add(a.CloneWith(start, a.End - start, width + (a.Width - advances), a.Break, a.SpacesLength, a.SpaceWidth) with { KernedEnd = a.KernedEnd });
        }
        return text with { Atoms = result };
    }
}
