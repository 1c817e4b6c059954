using System.Globalization;
using System.Text;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Elements;

/// <summary>A paragraph of styled runs, broken into lines; splits across pages without widows or orphans.</summary>
/// <remarks>
/// Lines are computed once per width and kept (<see cref="ParagraphLayout"/>; only paragraphs holding page numbers
/// are broken again, when the numbers change). The paragraph decides how many of its lines a page takes: a line that
/// carries footnote references is placed only if the page's footnote area says its notes fit with it
/// (<see cref="FootnoteArea.Fit"/>), and a split keeps to <see cref="WidowsAndOrphans"/>. Each line is drawn by a
/// <see cref="LineDrawer"/>; the paragraph adds its structure element, and a heading's anchor and contents entry.
/// </remarks>
internal sealed class Paragraph : Element
{
    private const double Epsilon = 1e-6;

    // One per thread, not one per paragraph: a long document has tens of thousands of paragraphs, and strings are built only briefly.
    [ThreadStatic] private static StringBuilder? scratch;
    private static StringBuilder Scratch => (scratch ??= new StringBuilder()).Clear();
    private int nextLine;
    private bool open;
    private bool registered;
    private bool? hasDynamic;
    private ShapedText? staticText;
    private TextStyle? resolvedStyle;
    private ParagraphLayout? cache;
    private ParagraphLayout? previousCache;
    private (string Signature, double Width)? intrinsic;
    private StructureElement? structure;

    public List<Inline> Inlines { get; } = [];
    public TextStyle Style { get; set; } = TextStyle.Unset;
    public TextAlignment Alignment { get; set; } = TextAlignment.Left;
    public double SpaceBefore { get; set; }
    public double SpaceAfter { get; set; }
    public double FirstLineIndent { get; set; }
    /// <summary>Indent of every line but the first.</summary>
    public double HangingIndent { get; set; }
    /// <summary>Lines after the first start where the first word's text ends (a footnote's text hangs after its number).</summary>
    /// <remarks>Measured when the lines are broken, so the text lines up whatever the width of the number.</remarks>
    public bool HangAfterFirstWord { get; set; }
    /// <summary>Structure role; null when an enclosing element gives the structure (a TOC entry, a footnote).</summary>
    public StructureRole? Role { get; set; } = StructureRole.Paragraph;
    public int Widows { get; set; } = 2;
    public int Orphans { get; set; } = 2;

    /// <summary>Heading level 1-4, or 0 for body text.</summary>
    public int HeadingLevel { get; set; }
    public string? Anchor { get; set; }
    public bool KeepWithNextFlag { get; set; }
    /// <summary>A heading listed by the contents (false for the contents' own title).</summary>
    public bool InContents { get; set; } = true;
    /// <summary>A heading with a bookmark (all headings unless told otherwise).</summary>
    public bool Bookmarked { get; set; } = true;

    /// <summary>A heading, a paragraph marked so, or a lead-in (see <see cref="IsLeadIn"/>) stays with what follows it.</summary>
    public override bool KeepsWithNext => KeepWithNextFlag || IsLeadIn;

    /// <summary>
    /// The text ends in a colon ("Positive responses included:"): it introduces what follows, and a typesetter never
    /// leaves it as the last line of a page with what it introduces overleaf.
    /// </summary>
    public bool IsLeadIn => leadIn ??= EndsInColon();

    private bool? leadIn;

    private bool EndsInColon()
    {
        for (int i = Inlines.Count - 1; i >= 0; i--)
        {
            if (Inlines[i] is not TextInline t) continue;
            var text = t.Text.AsSpan().TrimEnd();
            if (text.Length > 0) return text[^1] == ':';
        }
        return false;
    }

    public string PlainText => string.Concat(Inlines.OfType<TextInline>().Select(t => t.Text));

    public override string Describe()
    {
        var text = PlainText;
        return $"{(HeadingLevel > 0 ? "Heading " + HeadingLevel : "Paragraph")} \"{(text.Length > 40 ? text[..40] + "…" : text)}\"";
    }

    public override void ResetState()
    {
        nextLine = 0;
        open = false;
        registered = false;
    }

    public ParagraphLayout GetLayout(LayoutContext context, double width)
    {
        // Asked for many times a page: the cached answer must cost no allocation (no closure, no LINQ).
        string signature = DynamicSignature(context);
        if (cache is not null && Math.Abs(cache.Width - width) < Epsilon && cache.Signature == signature) return cache;
        // Two entries: a paragraph is often asked at two widths in turn (a table measuring auto columns, a note).
        if (previousCache is not null && Math.Abs(previousCache.Width - width) < Epsilon && previousCache.Signature == signature)
        {
            (cache, previousCache) = (previousCache, cache);
            return cache;
        }
        previousCache = cache;
        return cache = Lay(context, width, signature);
    }

    private ParagraphLayout Lay(LayoutContext context, double width, string signature)
    {
        resolvedStyle ??= Style.InheritFrom(context.DefaultStyle);
        var text = hasDynamic == true
            ? context.Shaper.Shape(Inlines, resolvedStyle, context, Resolve)
            : staticText ??= context.Shaper.Shape(Inlines, resolvedStyle, context, Resolve);
        double hanging = HangAfterFirstWord && text.Atoms.Count > 1 ? FirstLineIndent + text.Atoms[0].Width + text.Atoms[0].SpaceWidth : HangingIndent;
        var (cut, lines) = LineBreaker.Break(text, width, FirstLineIndent, hanging);
        return new ParagraphLayout(width, signature, cut, lines);
    }

    /// <summary>The values of the page numbers in the text, joined: the layout is redone when they change. Empty without any.</summary>
    private string DynamicSignature(LayoutContext context)
    {
        hasDynamic ??= Inlines.Exists(static i => i is DynamicInline);
        if (hasDynamic == false) return "";
        var builder = Scratch;
        foreach (var inline in Inlines)
            if (inline is DynamicInline d) builder.Append(Resolve(context, d)).Append('|');
        return builder.ToString();
    }

    private static string Resolve(LayoutContext context, Inline inline) => inline switch
    {
        TextInline t => t.Text,
        SymbolInline => SymbolInline.Text,
        FootnoteInline f => f.Note.Number.ToString(CultureInfo.InvariantCulture),
        DynamicInline { Kind: DynamicKind.PageNumber } => (context.PageIndex + 1).ToString(CultureInfo.InvariantCulture),
        DynamicInline { Kind: DynamicKind.TotalPages } => context.TotalPages.ToString(CultureInfo.InvariantCulture),
        DynamicInline { Kind: DynamicKind.PageOfAnchor } d => context.FindAnchor(d.Anchor!) is { } p
            ? (p.PageIndex + 1).ToString(CultureInfo.InvariantCulture) : "0",
        _ => "",
    };

    public override double? IntrinsicWidth(LayoutContext context)
    {
        string signature = DynamicSignature(context);
        if (intrinsic is { } known && known.Signature == signature) return known.Width;
        return ComputeIntrinsicWidth(context, signature);
    }

    private double ComputeIntrinsicWidth(LayoutContext context, string signature)
    {
        resolvedStyle ??= Style.InheritFrom(context.DefaultStyle);
        var text = context.Shaper.Shape(Inlines, resolvedStyle, context, Resolve);
        var (_, lines) = LineBreaker.Break(text, 1e7, FirstLineIndent, HangingIndent);
        double width = lines.Count == 0 ? 0 : lines.Max(l => l.Width + l.Indent);
        intrinsic = (signature, width);
        return width;
    }

    /// <summary>What fits of the lines left: how many, their height, and the footnote space they take.</summary>
    private readonly record struct Fit(int Count, double Height, double Reserved, double SpaceBefore, bool Complete, Footnote? SplitNote, int SplitNoteLines);

    private Fit ComputeFit(LayoutContext context, ParagraphLayout layout, double available)
    {
        var lines = layout.Lines;
        var boxes = layout.Boxes;
        int remaining = boxes.Length - nextLine;
        var squeeze = context.Squeeze;
        double before = nextLine == 0 && !context.AtPageTop ? squeeze.Gap(SpaceBefore) : 0;
        double used = before, foot = 0;
        int k = 0;
        Footnote? split = null;
        int splitLines = 0;
        // Cumulative heights so that the widow and orphan rules can step back.
        Span<double> usedAt = remaining <= 256 ? stackalloc double[remaining + 1] : new double[remaining + 1];
        Span<double> footAt = remaining <= 256 ? stackalloc double[remaining + 1] : new double[remaining + 1];
        usedAt[0] = used;
        footAt[0] = 0;
        for (int i = nextLine; i < boxes.Length; i++)
        {
            double h = squeeze.LineHeight(boxes[i].Height, boxes[i].Glyphs);
            if (!boxes[i].HasNotes)
            {
                if (used + h + foot > available + Epsilon) break;
                used += h;
            }
            else
            {
                // The footnote area says whether the line's notes fit with it, whole or begun here and continued.
                var notes = context.Footnotes.Fit(lines[i].Notes, used + h + foot, foot, available);
                if (!notes.Fits) break;
                used += h;
                foot += notes.Height;
                if (notes.Continued is not null)
                {
                    split = notes.Continued;
                    splitLines = notes.ContinuedLines;
                    k++;
                    usedAt[k] = used;
                    footAt[k] = foot;
                    break;
                }
            }
            k++;
            usedAt[k] = used;
            footAt[k] = foot;
        }

        if (k < remaining)
        {
            int kept = new WidowsAndOrphans(Widows, Orphans).Keep(k, remaining, context.AtPageTop);
            // Fewer lines than fitted: the note continued from the last of them is not on this page.
            if (kept != k) split = null;
            k = kept;
        }
        bool complete = k == remaining;
        double height = usedAt[k];
        if (complete) height = Math.Min(height + squeeze.Gap(SpaceAfter), Math.Max(height, available - footAt[k]));
        return new Fit(k, height, footAt[k], before, complete, split, splitLines);
    }

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        var layout = GetLayout(context, available.Width);
        if (nextLine >= layout.Lines.Count) return SpacePlan.Empty;
        var fit = ComputeFit(context, layout, available.Height);
        if (fit.Count == 0)
            return SpacePlan.Wrap($"{Describe()}: its next line (height {layout.Lines[nextLine].Height:0.#}) does not fit in {available.Height:0.#} pt");
        double width = 0;
        for (int i = nextLine; i < nextLine + fit.Count; i++) width = Math.Max(width, layout.Boxes[i].Extent);
        return fit.Complete ? SpacePlan.Full(width, fit.Height, fit.Reserved) : SpacePlan.Partial(width, fit.Height, fit.Reserved);
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var layout = GetLayout(context, available.Width);
        if (nextLine >= layout.Lines.Count) return;
        var fit = ComputeFit(context, layout, available.Height);
        if (fit.Count == 0) return;

        double y = origin.Y + fit.SpaceBefore;
        if (!registered)
        {
            registered = true;
            if (Anchor is not null) context.AddAnchor(Anchor, y);
            if (HeadingLevel > 0 && Anchor is not null) context.Headings.Add(new HeadingRecord(HeadingLevel, PlainText, Anchor, context.PageIndex, y, Bookmarked));
        }
        if (Role is { } role)
            context.OpenStructure(ref open, structure ??= new StructureElement(role) { Language = Style.Language });
        DrawLineRange(context, layout, nextLine, fit.Count, new Point(origin.X, y), available.Width, context.Squeeze, fit.SplitNote, fit.SplitNoteLines);
        nextLine += fit.Count;
        context.CloseStructure(ref open, nextLine >= layout.Lines.Count);
    }

    /// <summary>Draws lines without touching pagination state (footnotes use this to draw their text at the page foot).</summary>
    public void DrawLines(LayoutContext context, int from, int count, Point origin, double width)
    {
        var layout = GetLayout(context, width);
        DrawLineRange(context, layout, from, Math.Min(count, layout.Lines.Count - from), origin, width, VerticalSqueeze.None, null, 0);
    }

    private void DrawLineRange(LayoutContext context, ParagraphLayout layout, int from, int count, Point origin, double width, VerticalSqueeze squeeze,
        Footnote? split, int splitLines)
    {
        double y = origin.Y;
        for (int i = from; i < from + count; i++)
        {
            double height = squeeze.LineHeight(layout.Boxes[i].Height, layout.Boxes[i].Glyphs);
            if (context.Recording) new LineDrawer(Alignment, Style.Language).Draw(context, layout.Text, layout.Lines[i], origin.X, y, height, width, split, splitLines);
            else
            {
                // A pass that records nothing needs only what drawing changes: the page has content, and notes are placed.
                context.MarkContent();
                if (layout.Boxes[i].HasNotes)
                    foreach (var reference in layout.Lines[i].Notes) context.Footnotes.PlaceReferenced(reference.Note, split, splitLines);
            }
            y += height;
        }
    }
}
