namespace ReportBuilder.Layout.Text;

/// <summary>A paragraph's text broken into lines at one width, with what pagination reads of each line.</summary>
/// <param name="Signature">The page numbers the text was set with (see <see cref="Elements.Paragraph"/>): laid out again when they change.</param>
internal sealed record ParagraphLayout(double Width, string Signature, ShapedText Text, List<TextLine> Lines)
{
    public List<Atom> Atoms => Text.Atoms;

    /// <summary>What pagination reads of each line, side by side in one array.</summary>
    /// <remarks>
    /// Every pass measures and places every line of every page; reading these from the lines themselves (an object
    /// each, apart in memory) cost a cache miss a line once a long document no longer fits the cache, and the passes
    /// of a 1,000-page document meet nothing in the cache.
    /// </remarks>
    public LineBox[] Boxes { get; } = BoxesOf(Lines);

    // A loop, not LINQ: a running header or footer with a page number is laid out again on every page.
    private static LineBox[] BoxesOf(List<TextLine> lines)
    {
        var boxes = new LineBox[lines.Count];
        for (int i = 0; i < boxes.Length; i++)
            boxes[i] = new LineBox(lines[i].Height, lines[i].Ascent + lines[i].Descent, lines[i].Width + lines[i].Indent, lines[i].Notes.Length > 0);
        return boxes;
    }
}

/// <summary>A line's height, its glyphs' height, the width it spans from the paragraph's left edge, and whether it carries footnote references.</summary>
internal readonly record struct LineBox(double Height, double Glyphs, double Extent, bool HasNotes);
