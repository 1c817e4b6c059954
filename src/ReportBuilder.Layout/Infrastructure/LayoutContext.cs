using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Elements;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Infrastructure;

/// <summary>A heading as it landed: what the bookmarks and the contents are built from.</summary>
/// <param name="Bookmarked">Given a bookmark (see <see cref="Fluent.ParagraphDescriptor.NotBookmarked"/>).</param>
internal sealed record HeadingRecord(int Level, string Title, string Anchor, int PageIndex, double Y, bool Bookmarked = true);

/// <summary>
/// Everything an element may consult or change while it is measured and drawn: the fonts, the
/// page being laid out, the anchors of this and of the previous pass, the footnotes of the page,
/// and the ops recorded for the page.
/// </summary>
internal sealed class LayoutContext : LayoutContextView
{
    private int artifactDepth;
    private readonly List<LayoutWarning> warnings;
    private readonly HashSet<string> warned = new(StringComparer.Ordinal);

    public LayoutContext(FontCollection fonts, TextStyle defaultStyle, List<LayoutWarning> warnings)
    {
        Fonts = fonts;
        DefaultStyle = defaultStyle.InheritFrom(TextStyle.Default);
        this.warnings = warnings;
        Shaper = new TextShaper(fonts, Warn);
        Footnotes = new FootnoteArea(this);
    }

    public FontCollection Fonts { get; }
    public TextStyle DefaultStyle { get; }
    public TextShaper Shaper { get; }

    /// <summary>Advances whenever element state or the page changes: measure answers of an older epoch are stale.</summary>
    /// <remarks>
    /// Unique across layouts, not only within one: a document laid out again keeps its elements' cached answers
    /// and reset marks, and a new layout counting from zero again could meet an old epoch and take a stale answer.
    /// </remarks>
    public long Epoch { get; set; } = Interlocked.Add(ref epochBase, 1L << 40);

    private static long epochBase;

    /// <summary>The epoch at which the current pass began: an element whose state predates it is reset when met.</summary>
    public long PassStamp { get; private set; } = -2;

    /// <summary>Starts a layout pass: every element's state counts as rewound.</summary>
    public void BeginPass() => PassStamp = ++Epoch;

    // ----- the pass -----
    public int Pass { get; set; }
    public IReadOnlyDictionary<string, AnchorPosition> PreviousAnchors { get; set; } = new Dictionary<string, AnchorPosition>();
    public Dictionary<string, AnchorPosition> Anchors { get; } = new(StringComparer.Ordinal);
    public List<HeadingRecord> Headings { get; } = [];
    /// <summary>Page count of the previous pass (the best guess of the total before this pass ends).</summary>
    public int PreviousPageCount { get; set; }
    /// <summary>Something on the pages depends on the previous pass (total pages, page of an anchor, a link).</summary>
    public bool UsedPreviousPass { get; set; }

    // ----- the page -----
    public int PageIndex { get; set; }
    public Size PageSize { get; set; }
    public double BodyLeft { get; set; }
    public double BodyWidth { get; set; }
    public double BodyTop { get; set; }
    public double BodyBottom { get; set; }
    public FootnoteArea Footnotes { get; }
    /// <summary>Where the drawing calls of the pass go; a page is a range of it.</summary>
    public OpBuffer Ops { get; } = new();
    /// <summary>False in a pass whose drawing will be thrown away (the first of several): nothing is recorded.</summary>
    public bool Recording { get; set; } = true;

    /// <summary>Body content has been drawn on this page.</summary>
    public bool PageHasContent { get; set; }
    /// <summary>Set by a container while it measures a child that would follow content it has planned above.</summary>
    public bool PendingContent { get; set; }
    /// <summary>Footnote height planned (not yet drawn) by earlier siblings during a measure.</summary>
    public double PendingReserved { get; set; }
    /// <summary>Inside side-by-side content (rows, table cells): structure that continues on the next page is closed and reopened there.</summary>
    public int ParallelDepth { get; set; }

    /// <summary>The tightening of vertical space in force (a section being fitted onto its page); none by default.</summary>
    /// <remarks>Every measure depends on it, so changing it starts a new epoch: no answer measured at another squeeze is reused.</remarks>
    public VerticalSqueeze Squeeze
    {
        get => squeeze;
        set
        {
            if (squeeze == value) return;
            squeeze = value;
            Epoch++;
        }
    }

    private VerticalSqueeze squeeze = VerticalSqueeze.None;
    public bool InArtifact => artifactDepth > 0;
    public int OpenStructures { get; private set; }

    /// <summary>Nothing is on the page's body yet: keep rules must yield, or the content would never be placed.</summary>
    public bool AtPageTop => !PageHasContent && !PendingContent;

    public void Warn(LayoutWarning warning)
    {
        if (warned.Add(warning.Message)) warnings.Add(warning);
    }

    /// <summary>Anchor names asked for in this pass that the previous pass did not have.</summary>
    public SortedSet<string> MissingAnchors { get; } = new(StringComparer.Ordinal);

    public AnchorPosition? FindAnchor(string name)
    {
        UsedPreviousPass = true;
        if (PreviousAnchors.TryGetValue(name, out var p)) return p;
        MissingAnchors.Add(name);
        return null;
    }

    public int TotalPages
    {
        get
        {
            UsedPreviousPass = true;
            return Math.Max(PreviousPageCount, PageIndex + 1);
        }
    }

    // ----- drawing -----
    public void DrawText(string text, FontFace font, double size, Color color, Point origin) =>
        DrawText(text, 0, text.Length, font, size, color, origin);

    /// <summary>Draws part of <paramref name="source"/> (a paragraph's text): the string is made only when the page is replayed.</summary>
    public void DrawText(string source, int start, int length, FontFace font, double size, Color color, Point origin)
    {
        if (Recording) Ops.Text(source, start, length, font, size, color, origin);
        PageHasContent |= !InArtifact;
    }

    /// <summary>Draws runs of a line that need no structure, link or decoration of their own, from <paramref name="origin"/> (x of the line, baseline).</summary>
    public void DrawRuns(LineRun[] runs, Point origin)
    {
        if (Recording) Ops.Runs(runs, origin);
        PageHasContent |= !InArtifact;
    }

    /// <summary>Draws a <see cref="LineDrawing.PlainWords"/> line, a word a run, its first at x0 + <paramref name="x"/>.</summary>
    public void DrawWords(ShapedText text, TextLine line, double x, double stretch, Point origin)
    {
        if (Recording) Ops.Words(text, line, x, stretch, origin);
        PageHasContent |= !InArtifact;
    }

    public void DrawRectangle(Rect rect, Paint paint) { if (Recording) Ops.Shape(OpKind.Rectangle, rect, paint); }
    public void DrawEllipse(Rect rect, Paint paint) { if (Recording) Ops.Shape(OpKind.Ellipse, rect, paint); }
    public void DrawPolygon(IReadOnlyList<Point> points, Paint paint) { if (Recording) Ops.Polygon(points, paint); }
    public void DrawLine(Point from, Point to, Stroke stroke) { if (Recording) Ops.Line(from, to, stroke); }

    public void DrawImage(Rect rect, ImageData image)
    {
        if (Recording) Ops.Image(rect, image);
        PageHasContent |= !InArtifact;
    }

    /// <summary>Marks body content that draws nothing (a zero-height anchor still makes the page non-empty for keep rules).</summary>
    public void MarkContent() => PageHasContent |= !InArtifact;

    /// <summary>Starts a structure element unless inside an artifact (where structure is not allowed); returns whether it did.</summary>
    public bool BeginStructure(StructureElement element)
    {
        if (InArtifact) return false;
        if (Recording) Ops.BeginStructure(element);
        OpenStructures++;
        return true;
    }

    public void EndStructure()
    {
        if (Recording) Ops.EndStructure();
        OpenStructures--;
    }

    /// <summary>Opens <paramref name="element"/> on the first draw of a structured element (see <see cref="CloseStructure"/>).</summary>
    public void OpenStructure(ref bool open, StructureElement element)
    {
        if (!open) open = BeginStructure(element);
    }

    /// <summary>
    /// Closes a structured element when it is complete, or at the end of a page when it sits
    /// side by side with other content (its siblings' structure must not nest inside it).
    /// </summary>
    public void CloseStructure(ref bool open, bool complete)
    {
        if (open && (complete || ParallelDepth > 0))
        {
            EndStructure();
            open = false;
        }
    }

    public void BeginArtifact(ArtifactKind kind)
    {
        if (artifactDepth++ == 0) if (Recording) Ops.BeginArtifact(kind);
    }

    public void EndArtifact()
    {
        if (--artifactDepth == 0) if (Recording) Ops.EndArtifact();
    }

    /// <summary>Starts a link; inside an artifact (a running header) links are left out, as they would be structure.</summary>
    public bool BeginLink(Rect area, LinkSpec link, string? alternateText)
    {
        if (InArtifact) return false;
        if (link.Anchor is not null) UsedPreviousPass = true;
        if (Recording) Ops.BeginLink(area, link, alternateText);
        return true;
    }

    public void EndLink() { if (Recording) Ops.EndLink(); }

    public void BeginRotation(Point center, double degrees) { if (Recording) Ops.BeginRotation(center, degrees); }
    public void EndRotation() { if (Recording) Ops.EndRotation(); }

    public void AddAnchor(string name, double y)
    {
        if (Anchors.ContainsKey(name)) return; // first place wins: an element continued on a later page keeps its anchor
        Anchors[name] = new AnchorPosition(PageIndex, y);
        if (Recording) Ops.Anchor(name, new Point(BodyLeft, y));
    }

    /// <summary>Reserves space for notes planned by a sibling while a container measures the following ones.</summary>
    public PendingScope Pending(bool content, double reserved) => new(this, content, reserved);

    public readonly struct PendingScope : IDisposable
    {
        private readonly LayoutContext context;
        private readonly bool content;
        private readonly double reserved;

        public PendingScope(LayoutContext context, bool content, double reserved)
        {
            this.context = context;
            this.content = context.PendingContent;
            this.reserved = context.PendingReserved;
            context.PendingContent |= content;
            context.PendingReserved += reserved;
        }

        public void Dispose()
        {
            context.PendingContent = content;
            context.PendingReserved = reserved;
        }
    }
}
