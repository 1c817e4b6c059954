using System.Globalization;
using System.Text;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Elements;

/// <summary>A paragraph of styled runs, broken into lines; splits across pages without widows or orphans.</summary>
/// <remarks>
/// Lines are computed once per width and kept (only paragraphs holding page numbers are broken
/// again, when the numbers change). A line that carries footnote references is placed only if
/// its notes fit at the foot of the same page, or at least the first two lines of the last one.
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
        bool areaExists = context.Footnotes.Count > 0 || context.PendingReserved > 0;
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
                var line = lines[i];
                double full = 0, allButLast = 0;
                bool exists = areaExists || foot > 0;
                for (int n = 0; n < line.Notes.Length; n++)
                {
                    double c = FootnoteArea.Cost(line.Notes[n].Note.Height(context, 0, int.MaxValue), exists);
                    if (n < line.Notes.Length - 1) allButLast += c;
                    full += c;
                    exists = true;
                }
                if (used + h + foot + full <= available + Epsilon)
                {
                    used += h;
                    foot += full;
                }
                else
                {
                    // The last note may start here with at least two lines and continue on the next page.
                    var last = line.Notes[^1].Note;
                    var noteLines = last.Lines(context);
                    if (noteLines.Length <= 2) break;
                    bool lastExists = areaExists || foot > 0 || line.Notes.Length > 1;
                    double room = available - (used + h + foot + allButLast) - (lastExists ? FootnoteArea.Gap : FootnoteArea.SeparatorHeight);
                    int m = 0;
                    double mh = 0;
                    while (m < noteLines.Length && mh + noteLines[m].Height <= room + Epsilon) mh += noteLines[m++].Height;
                    if (m < 2) break;
                    used += h;
                    foot += allButLast + FootnoteArea.Cost(mh, lastExists);
                    split = last;
                    splitLines = m;
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

        int raw = k;
        if (k < remaining)
        {
            if (remaining < Orphans + Widows) k = 0;
            else
            {
                if (remaining - k < Widows) k = remaining - Widows;
                if (k < Orphans) k = 0;
            }
            if (k == 0 && context.AtPageTop) k = raw; // break the rule rather than never place the text
            if (k != raw) split = null;
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
            if (context.Recording) DrawLine(context, layout.Text, layout.Lines[i], origin.X, y, height, width, split, splitLines);
            else
            {
                // A pass that records nothing needs only what drawing changes: the page has content, and notes are placed.
                context.MarkContent();
                if (layout.Boxes[i].HasNotes)
                    foreach (var reference in layout.Lines[i].Notes) PlaceNote(context, reference.Note, split, splitLines);
            }
            y += height;
        }
    }

    private void DrawLine(LayoutContext context, ShapedText text, TextLine line, double x0, double top, double height, double width, Footnote? split, int splitLines)
    {
        double baseline = top + line.BaselineIn(height);
        var (x, stretch) = Placement(line, width);
        if (line.Drawing == LineDrawing.Unknown) Decide(context, text, line, x, stretch);
        switch (line.Drawing)
        {
            case LineDrawing.PlainWords:
                context.DrawWords(text, line, x, stretch, new Point(x0, baseline));
                return;
            case LineDrawing.Plain:
                context.DrawRuns(line.Runs!, new Point(x0, baseline));
                return;
        }
        foreach (var run in line.Runs!)
        {
            DrawGroup(context, run, x0 + run.X, baseline);
            // Right after its reference, so that the Note element follows the Reference in the tag tree.
            if (run.Look.Footnote is { } reference) PlaceNote(context, reference.Note, split, splitLines);
        }
    }

    /// <summary>Where the line's first run starts and how much each of its spaces stretches, from the alignment.</summary>
    private (double X, double Stretch) Placement(TextLine line, double width)
    {
        double free = width - line.Indent - line.Width;
        bool justify = Alignment == TextAlignment.Justify && !line.EndsParagraph && line.Gaps > 0 && free > 0;
        double x = line.Indent + Alignment switch
        {
            TextAlignment.Right => free,
            TextAlignment.Center => free / 2,
            _ => 0,
        };
        return (x, justify ? free / line.Gaps : 0);
    }

    /// <summary>Decides how the line is drawn, keeping its runs unless replay can walk its atoms for the same calls.</summary>
    private void Decide(LayoutContext context, ShapedText text, TextLine line, double x, double stretch)
    {
        bool plain = AllPlain(context, text, line);
        if (plain && LineRunCursor.IsWordByWord(text, line, stretch))
        {
            line.Drawing = LineDrawing.PlainWords;
            return;
        }
        var runs = new LineRun[LineRunCursor.Count(text, line, stretch)];
        var cursor = new LineRunCursor(text, line, x, stretch);
        for (int r = 0; cursor.Next(out var run); r++) runs[r] = run;
        line.Runs = runs;
        line.Drawing = plain ? LineDrawing.Plain : LineDrawing.Groups;
    }

    /// <summary>Whether <see cref="DrawGroup"/> would draw each of the line's runs as its text alone.</summary>
    private bool AllPlain(LayoutContext context, ShapedText text, TextLine line)
    {
        for (int i = line.Start; i < line.End; i++)
        {
            var a = text.Atoms[i].Look;
            if (a.Footnote is not null || a.Link is not null || a.Underline || a.Artifact || NeedsSpan(context, a)) return false;
        }
        return true;
    }

    /// <summary>Text in another language than the paragraph's and the document's is a Span with its own Lang.</summary>
    private bool NeedsSpan(LayoutContext context, AtomLook a) =>
        a.Language is not null && a.Language != Style.Language && a.Language != context.DefaultStyle.Language;

    /// <summary>Sets a note at the foot of the page: all of it, or its first lines if it is the one that continues overleaf.</summary>
    private static void PlaceNote(LayoutContext context, Footnote note, Footnote? split, int splitLines)
    {
        if (note == split)
        {
            context.Footnotes.Place(note, 0, splitLines);
            context.Footnotes.Carry(note, splitLines);
        }
        else context.Footnotes.Place(note, 0, note.Lines(context).Length);
    }

    /// <summary>
    /// An artifact run (a rating symbol beside its word) is drawn outside the tree; the spaces after it are drawn as
    /// text, so the words either side keep their boundary in what a screen reader reads.
    /// </summary>
    private static void DrawArtifactGroup(LayoutContext context, in LineRun run, double x, double y)
    {
        var a = run.Look;
        int visible = run.Source.AsSpan(run.Start, run.Length).TrimEnd(' ').Length;
        context.BeginArtifact(ArtifactKind.Layout);
        context.DrawText(run.Source, run.Start, visible, a.Face, a.FontSize, a.Color, new Point(x, y));
        context.EndArtifact();
        if (visible < run.Length)
            context.DrawText(run.Source, run.Start + visible, run.Length - visible, a.Face, a.FontSize, a.Color, new Point(x + run.Width, y));
    }

    /// <summary>A symbol's shape, standing on the baseline after its gap, as an artifact; the spaces after it as text (see above).</summary>
    private static void DrawSymbol(LayoutContext context, in LineRun run, SymbolShape symbol, double x, double baseline)
    {
        var a = run.Look;
        var side = SymbolInline.Box * a.FontSize;
        var box = new Rect(x + SymbolInline.Gap * a.FontSize, baseline - side, side, side);
        var paint = new Paint(a.Color);
        context.BeginArtifact(ArtifactKind.Layout);
        if (SymbolShapes.Outline(symbol, box) is { } outline) context.DrawPolygon(outline, paint);
        else context.DrawEllipse(box, paint);
        context.EndArtifact();
        int visible = SymbolInline.Text.Length;
        if (visible < run.Length)
            context.DrawText(run.Source, run.Start + visible, run.Length - visible, a.Face, a.FontSize, a.Color, new Point(x + run.Width, baseline));
    }

    /// <summary>The width of the punctuation (full stop, comma, colon, semicolon, closing bracket or quote) that ends the run's text.</summary>
    private static double TrailingPunctuationWidth(in LineRun run)
    {
        var text = run.Source.AsSpan(run.Start, run.Length).TrimEnd(' ');
        int keep = text.Length;
        while (keep > 0 && ".,;:!?)\u2019\u201D'\"".Contains(text[keep - 1])) keep--;
        if (keep == text.Length || keep == 0) return 0;
        return run.Look.Face.MeasureWidth(text[keep..].ToString(), run.Look.FontSize);
    }

    private void DrawGroup(LayoutContext context, in LineRun run, double x, double baseline)
    {
        var a = run.Look;
        double width = run.Width;
        double y = baseline - a.Rise;
        var m = a.Face.Metrics;
        bool span = NeedsSpan(context, a) && context.BeginStructure(a.SpanStructure ??= new StructureElement(StructureRole.Span) { Language = a.Language });
        bool reference = a.Footnote is not null && context.BeginStructure(a.Footnote.Note.ReferenceStructure);
        bool link = a.Link is not null && context.BeginLink(new Rect(x, y - m.Ascent * a.FontSize, width, (m.Ascent + m.Descent) * a.FontSize), a.Link,
            run.Source.AsSpan(run.Start, run.Length).Trim().ToString());
        if (a.Symbol is { } symbol) DrawSymbol(context, run, symbol, x, y);
        else if (a.Artifact) DrawArtifactGroup(context, run, x, y);
        else context.DrawText(run.Source, run.Start, run.Length, a.Face, a.FontSize, a.Color, new Point(x, y));
        if (link) context.EndLink();
        if (reference) context.EndStructure();
        if (a.Underline)
        {
            context.BeginArtifact(ArtifactKind.Layout);
            double uy = y + m.UnderlinePosition * a.FontSize;
            // width never includes the trailing space, and the underline stops before closing punctuation too: a link
            // "available in the data annexe." is underlined to the "e", as a typesetter would.
            double end = x + width - TrailingPunctuationWidth(run);
            context.DrawLine(new Point(x, uy), new Point(end, uy), new Stroke(a.Color, Math.Max(0.5, m.UnderlineThickness * a.FontSize)));
            context.EndArtifact();
        }
        if (span) context.EndStructure();
    }
}
