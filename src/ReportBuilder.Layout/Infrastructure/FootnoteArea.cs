using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Elements;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Infrastructure;

/// <summary>
/// The footnotes of the page being laid out: stacked above the footer under a short rule, and the rules of what fits
/// there. The body loses exactly the height this area gains, so a line is placed only when its notes fit too.
/// </summary>
/// <remarks>
/// <para>
/// A text element asks <see cref="Fit"/> whether a line's notes fit with it, and once it draws the reference hands the
/// note to <see cref="PlaceReferenced"/>: whether a note may be split, where and what continues on the next page is
/// decided here, not by the paragraph.
/// </para>
/// <para>
/// A note is drawn when its reference is drawn, so that its Note structure element follows the
/// reference in the tag tree; its ops are recorded in place, at y measured from the top of the
/// area, and moved down when the page is complete and the height of the whole area is known.
/// </para>
/// </remarks>
internal sealed class FootnoteArea(LayoutContext context)
{
    /// <summary>Space taken above the first note: gap, rule, gap.</summary>
    public const double SeparatorHeight = 14;
    public const double Gap = 3;
    public const double RuleLength = 108;
    /// <summary>A note continued overleaf keeps at least this many lines on each page.</summary>
    public const int MinimumSplitLines = 2;
    /// <summary>The continued ends of notes take at most this share of the next page's body before the body's own text.</summary>
    public const double CarriedShare = 0.8;
    private const double Epsilon = 1e-6;

    private readonly List<(int From, int To, double Offset)> placed = [];
    private List<(Footnote Note, int From)> carriedIn = [];
    private readonly List<(Footnote Note, int From)> carriedOut = [];

    public int Count => placed.Count;
    public double Height { get; private set; }

    /// <summary>Notes (or their ends) still waiting for a page.</summary>
    public bool HasCarried => carriedOut.Count > 0;

    /// <summary>Height the area grows by when a note of <paramref name="height"/> is added.</summary>
    private static double Cost(double height, bool areaExists) => (areaExists ? Gap : SeparatorHeight) + height;

    public void Reset()
    {
        placed.Clear();
        carriedIn = [];
        carriedOut.Clear();
        Height = 0;
    }

    public void BeginPage()
    {
        placed.Clear();
        Height = 0;
        carriedIn = [.. carriedOut];
        carriedOut.Clear();
    }

    /// <summary>Places the ends of notes continued from the previous page (they come first, before this page's notes).</summary>
    public void PlaceCarried()
    {
        double max = context.BodyBottom - context.BodyTop;
        foreach (var (note, from) in carriedIn)
        {
            var lines = note.Lines(context);
            int count = 0;
            double h = 0;
            while (from + count < lines.Length && Height + Cost(h + lines[from + count].Height, Count > 0) <= max * CarriedShare)
                h += lines[from + count++].Height;
            if (count == 0 || carriedOut.Count > 0) { carriedOut.Add((note, from)); continue; }
            Place(note, from, count, continued: true);
            if (from + count < lines.Length) carriedOut.Add((note, from + count));
        }
        carriedIn = [];
    }

    /// <summary>
    /// Whether the notes a line references fit at the foot of this page together with the line: all of them whole, or
    /// the last begun here with at least <see cref="MinimumSplitLines"/> lines and continued on the next page.
    /// </summary>
    /// <remarks>Asked while measuring, so it changes nothing; a line whose notes do not fit moves to the next page.</remarks>
    /// <param name="notes">The line's references, in order.</param>
    /// <param name="taken">The height the body takes with the line placed, notes planned by earlier lines included.</param>
    /// <param name="planned">The part of <paramref name="taken"/> that is notes planned by earlier lines of the same measure.</param>
    /// <param name="available">The height offered to the body and its notes.</param>
    public FootnoteFit Fit(FootnoteInline[] notes, double taken, double planned, double available)
    {
        bool exists = Count > 0 || context.PendingReserved > 0 || planned > 0;
        double whole = 0, allButLast = 0;
        bool before = exists;
        for (int n = 0; n < notes.Length; n++)
        {
            double cost = Cost(notes[n].Note.Height(context, 0, int.MaxValue), before);
            if (n < notes.Length - 1) allButLast += cost;
            whole += cost;
            before = true;
        }
        if (taken + whole <= available + Epsilon) return new FootnoteFit(true, whole);

        // The last note may start here and continue on the next page, with enough of it on each.
        var last = notes[^1].Note;
        var lines = last.Lines(context);
        if (lines.Length <= MinimumSplitLines) return FootnoteFit.None;
        bool lastExists = exists || notes.Length > 1;
        double room = available - (taken + allButLast) - (lastExists ? Gap : SeparatorHeight);
        int count = 0;
        double height = 0;
        while (count < lines.Length && height + lines[count].Height <= room + Epsilon) height += lines[count++].Height;
        if (count < MinimumSplitLines) return FootnoteFit.None;
        return new FootnoteFit(true, allButLast + Cost(height, lastExists), last, count);
    }

    /// <summary>
    /// Sets the note of a reference just drawn at the foot of the page: all of it, or its first lines when it is the
    /// note <see cref="Fit"/> continued overleaf (<paramref name="continued"/>, <paramref name="continuedLines"/>).
    /// </summary>
    public void PlaceReferenced(Footnote note, Footnote? continued, int continuedLines)
    {
        if (note == continued)
        {
            Place(note, 0, continuedLines);
            Carry(note, continuedLines);
        }
        else Place(note, 0, note.Lines(context).Length);
    }

    /// <summary>Draws lines <paramref name="from"/>… of <paramref name="note"/> into the area, inside a Note structure element.</summary>
    private void Place(Footnote note, int from, int count, bool continued = false)
    {
        double height = note.Height(context, from, count);
        double offset = Count > 0 ? Height + Gap : SeparatorHeight;
        Height = offset + height;

        int start = context.Ops.Count;
        bool open = context.BeginStructure(continued ? note.ContinuedStructure : note.Structure);
        note.Content.DrawLines(context, from, count, new Point(context.BodyLeft, 0), context.BodyWidth);
        if (open) context.EndStructure();
        placed.Add((start, context.Ops.Count, offset));
    }

    /// <summary>Keeps the lines from <paramref name="from"/> on for the next page.</summary>
    private void Carry(Footnote note, int from) => carriedOut.Add((note, from));

    /// <summary>Moves the notes into place above the footer and draws the rule.</summary>
    public void FinishPage()
    {
        if (placed.Count == 0) return;
        double top = context.BodyBottom - Height;
        // In a pass that records nothing the ranges are empty.
        foreach (var (from, to, offset) in placed) context.Ops.Translate(from, to, top + offset);
        context.BeginArtifact(ArtifactKind.Layout);
        double y = top + SeparatorHeight / 2;
        context.DrawLine(new Point(context.BodyLeft, y), new Point(context.BodyLeft + RuleLength, y), new Stroke(Color.Black, 0.5));
        context.EndArtifact();
    }
}
