using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Elements;

/// <summary>A footnote: its number (given in document order while composing) and its text, set at the foot of the page.</summary>
internal sealed class Footnote
{
    public Footnote(int number, Paragraph content)
    {
        Number = number;
        Content = content;
    }

    public int Number { get; }
    public string Id => "footnote-" + Number;
    public Paragraph Content { get; }
    /// <summary>The Note element, and the one of a continuation, made once.</summary>
    public StructureElement Structure => structure ??= new StructureElement(StructureRole.Note) { Id = Id };
    public StructureElement ContinuedStructure => continued ??= new StructureElement(StructureRole.Note) { Id = Id + "-continued" };
    /// <summary>The Reference element around the number in the text.</summary>
    public StructureElement ReferenceStructure => reference ??= new StructureElement(StructureRole.Reference);
    private StructureElement? structure, continued, reference;

    /// <summary>The note's lines as pagination reads them (heights side by side; see <see cref="Paragraph.ParagraphLayout.Boxes"/>).</summary>
    public Paragraph.LineBox[] Lines(LayoutContext context) => Content.GetLayout(context, context.BodyWidth).Boxes;

    public double Height(LayoutContext context, int from, int count)
    {
        var lines = Lines(context);
        double h = 0;
        for (int i = from; i < Math.Min(lines.Length, from + count); i++) h += lines[i].Height;
        return h;
    }
}

/// <summary>
/// The footnotes of the page being laid out: stacked above the footer under a short rule.
/// The body loses exactly the height this area gains, so a line is placed only when its notes fit too.
/// </summary>
/// <remarks>
/// A note is drawn when its reference is drawn, so that its Note structure element follows the
/// reference in the tag tree; its ops are recorded in place, at y measured from the top of the
/// area, and moved down when the page is complete and the height of the whole area is known.
/// </remarks>
internal sealed class FootnoteArea(LayoutContext context)
{
    /// <summary>Space taken above the first note: gap, rule, gap.</summary>
    public const double SeparatorHeight = 14;
    public const double Gap = 3;
    public const double RuleLength = 108;

    private readonly List<(int From, int To, double Offset)> placed = [];
    private List<(Footnote Note, int From)> carriedIn = [];
    private readonly List<(Footnote Note, int From)> carriedOut = [];

    public int Count => placed.Count;
    public double Height { get; private set; }

    /// <summary>Notes (or their ends) still waiting for a page.</summary>
    public bool HasCarried => carriedOut.Count > 0;

    /// <summary>Height the area grows by when a note of <paramref name="height"/> is added.</summary>
    public static double Cost(double height, bool areaExists) => (areaExists ? Gap : SeparatorHeight) + height;

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
            while (from + count < lines.Length && Height + Cost(h + lines[from + count].Height, Count > 0) <= max * 0.8)
                h += lines[from + count++].Height;
            if (count == 0 || carriedOut.Count > 0) { carriedOut.Add((note, from)); continue; }
            Place(note, from, count, continued: true);
            if (from + count < lines.Length) carriedOut.Add((note, from + count));
        }
        carriedIn = [];
    }

    /// <summary>Draws lines <paramref name="from"/>… of <paramref name="note"/> into the area, inside a Note structure element.</summary>
    public void Place(Footnote note, int from, int count, bool continued = false)
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
    public void Carry(Footnote note, int from) => carriedOut.Add((note, from));

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
