using System.Runtime.CompilerServices;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Infrastructure;

internal enum OpKind : byte
{
    Text, Runs, Rectangle, Ellipse, Polygon, Line, Image, Anchor,
    BeginStructure, EndStructure, BeginArtifact, EndArtifact, BeginLink, EndLink, BeginRotation, EndRotation,
}

/// <summary>One recorded canvas call of a laid-out page, replayed onto the real canvas once layout is final.</summary>
/// <remarks>
/// A plain struct (80 bytes) so that the calls of a thousand pages live in a few hundred arrays
/// rather than a million small objects: the garbage collector then copies and marks arrays, and
/// the cost of a layout stays proportional to its pages (see docs/benchmarks.md, "Layout engine").
/// The fields are shared between kinds; <see cref="OpBuffer"/> is the only code that reads them.
/// </remarks>
internal struct Op
{
    /// <summary>Text: the source string (see <see cref="Start"/>); runs: the line's <see cref="LineRun"/> array, or its <see cref="TextLine"/> (words); structure: the element; image: the data; anchor: the name; polygon: the points; link: the <see cref="LinkSpec"/>; line: the dash.</summary>
    public object? A;
    /// <summary>Text: the face; link: the alternate text; words: the <see cref="ShapedText"/>.</summary>
    public object? B;
    /// <summary>Text: origin and font size (W); words: origin, first run's x (W) and stretch (H); shapes, images, links: the rectangle; line: from (X, Y) to (W, H); anchor: the point; rotation: centre and degrees (W).</summary>
    public double X, Y, W, H;
    /// <summary>Stroke width of a shape or line.</summary>
    public double StrokeWidth;
    /// <summary>Text or line colour; a shape's fill.</summary>
    public Color C1;
    /// <summary>A shape's stroke.</summary>
    public Color C2;
    /// <summary>Text: the range of <see cref="A"/> drawn.</summary>
    public int Start, Length;
    public OpKind Kind;
    /// <summary>Shapes: bit 0 fill, bit 1 stroke present; artifacts: the <see cref="ArtifactKind"/>.</summary>
    public byte Flags;
}

/// <summary>
/// The recorded calls of a layout pass, in fixed chunks that are reused from pass to pass and
/// page to page. A page is a range of indices; footnotes, drawn before the page knows where its
/// foot is, are moved into place with <see cref="Translate"/>.
/// </summary>
internal sealed class OpBuffer
{
    // 1024 entries of 80 bytes: 80 KB a chunk, under the 85 KB at which arrays go to the large-object heap.
    private const int Shift = 10;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;
    private readonly List<Op[]> chunks = [];

    public int Count { get; private set; }

    public ref Op this[int index] => ref chunks[index >> Shift][index & Mask];

    /// <summary>Forgets the calls (keeping the chunks); references are cleared so the buffer holds nothing alive.</summary>
    public void Clear()
    {
        for (int c = 0; c * ChunkSize < Count; c++) Array.Clear(chunks[c], 0, Math.Min(ChunkSize, Count - c * ChunkSize));
        Count = 0;
    }

    /// <summary>Forgets the calls from <paramref name="count"/> on (a page that turned out empty).</summary>
    public void Truncate(int count)
    {
        for (int i = count; i < Count; i++) this[i] = default;
        Count = count;
    }

    /// <summary>Forgets the calls and gives the chunks back to the pool for the next layout.</summary>
    public void Release()
    {
        Clear();
        OpChunkPool.Return(chunks);
        chunks.Clear();
    }

    private ref Op Add(OpKind kind)
    {
        int chunk = Count >> Shift;
        if (chunk == chunks.Count) chunks.Add(OpChunkPool.Rent(ChunkSize));
        ref Op op = ref chunks[chunk][Count & Mask];
        Count++;
        op.Kind = kind;
        return ref op;
    }

    public void Text(string source, int start, int length, FontFace font, double size, Color color, Point origin)
    {
        ref Op op = ref Add(OpKind.Text);
        (op.A, op.B, op.X, op.Y, op.W, op.C1, op.Start, op.Length) = (source, font, origin.X, origin.Y, size, color, start, length);
    }

    /// <summary>
    /// Plain runs of one line: one call where a justified line would record one a word. Replay draws each run as
    /// its own text call, exactly as if they had been recorded one by one.
    /// </summary>
    public void Runs(LineRun[] runs, Point origin)
    {
        ref Op op = ref Add(OpKind.Runs);
        (op.A, op.X, op.Y) = (runs, origin.X, origin.Y);
    }

    /// <summary>A justified line of plain words: the line itself, whose runs replay makes again from its atoms.</summary>
    public void Words(ShapedText text, TextLine line, double x, double stretch, Point origin)
    {
        ref Op op = ref Add(OpKind.Runs);
        (op.A, op.B, op.X, op.Y, op.W, op.H) = (line, text, origin.X, origin.Y, x, stretch);
    }

    public void Shape(OpKind kind, Rect rect, Paint paint)
    {
        ref Op op = ref Add(kind);
        (op.X, op.Y, op.W, op.H, op.StrokeWidth) = (rect.X, rect.Y, rect.Width, rect.Height, paint.StrokeWidth);
        SetPaint(ref op, paint);
    }

    public void Polygon(IReadOnlyList<Point> points, Paint paint)
    {
        ref Op op = ref Add(OpKind.Polygon);
        op.A = points;
        op.StrokeWidth = paint.StrokeWidth;
        SetPaint(ref op, paint);
    }

    public void Line(Point from, Point to, Stroke stroke)
    {
        ref Op op = ref Add(OpKind.Line);
        (op.A, op.X, op.Y, op.W, op.H, op.C1, op.StrokeWidth) = (stroke.Dash, from.X, from.Y, to.X, to.Y, stroke.Color, stroke.Width);
    }

    public void Image(Rect rect, ImageData image)
    {
        ref Op op = ref Add(OpKind.Image);
        (op.A, op.X, op.Y, op.W, op.H) = (image, rect.X, rect.Y, rect.Width, rect.Height);
    }

    public void Anchor(string name, Point position)
    {
        ref Op op = ref Add(OpKind.Anchor);
        (op.A, op.X, op.Y) = (name, position.X, position.Y);
    }

    public void BeginStructure(StructureElement element) => Add(OpKind.BeginStructure).A = element;
    public void EndStructure() => Add(OpKind.EndStructure);
    public void BeginArtifact(ArtifactKind kind) => Add(OpKind.BeginArtifact).Flags = (byte)kind;
    public void EndArtifact() => Add(OpKind.EndArtifact);

    /// <summary>A link whose target is resolved at replay, when every anchor's final place is known.</summary>
    public void BeginLink(Rect area, LinkSpec target, string? alternateText)
    {
        ref Op op = ref Add(OpKind.BeginLink);
        (op.A, op.B, op.X, op.Y, op.W, op.H) = (target, alternateText, area.X, area.Y, area.Width, area.Height);
    }

    public void EndLink() => Add(OpKind.EndLink);

    public void BeginRotation(Point center, double degrees)
    {
        ref Op op = ref Add(OpKind.BeginRotation);
        (op.X, op.Y, op.W) = (center.X, center.Y, degrees);
    }

    public void EndRotation() => Add(OpKind.EndRotation);

    private static void SetPaint(ref Op op, Paint paint)
    {
        op.Flags = (byte)((paint.Fill.HasValue ? 1 : 0) | (paint.Stroke.HasValue ? 2 : 0));
        op.C1 = paint.Fill.GetValueOrDefault();
        op.C2 = paint.Stroke.GetValueOrDefault();
    }

    private static Paint GetPaint(in Op op) =>
        new((op.Flags & 1) != 0 ? op.C1 : null, (op.Flags & 2) != 0 ? op.C2 : null, op.StrokeWidth);

    /// <summary>Moves the calls <paramref name="from"/>…<paramref name="to"/> (exclusive) down by <paramref name="dy"/>.</summary>
    public void Translate(int from, int to, double dy)
    {
        if (dy == 0) return;
        for (int i = from; i < to; i++)
        {
            ref Op op = ref this[i];
            switch (op.Kind)
            {
                case OpKind.Line:
                    op.Y += dy;
                    op.H += dy;
                    break;
                case OpKind.Polygon:
                    op.A = ((IReadOnlyList<Point>)op.A!).Select(p => new Point(p.X, p.Y + dy)).ToList();
                    break;
                case OpKind.Text or OpKind.Runs or OpKind.Rectangle or OpKind.Ellipse or OpKind.Image or OpKind.Anchor or OpKind.BeginLink or OpKind.BeginRotation:
                    op.Y += dy;
                    break;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void DrawRun(ITextCanvas canvas, in LineRun run, double x0, double baseline)
    {
        var look = run.Look;
        canvas.DrawText(run.Source, run.Start, run.Length, look.Face, look.FontSize, look.Color, new Point(x0 + run.X, baseline - look.Rise));
    }

    /// <summary>
    /// Sends the calls <paramref name="from"/>…<paramref name="to"/> (exclusive) to the contracts of
    /// <paramref name="canvases"/> that take them: text to its text canvas, other marks to its drawing canvas,
    /// artifacts to its artifact canvas, structure, links and anchors to its document canvas. Any may be null (a backend
    /// that does not draw, or keeps no document); each still gets its calls in recorded order.
    /// </summary>
    public void Replay(int from, int to, in CanvasContracts canvases, LayoutContextView anchors)
    {
        if (canvases.PagesOnly) return;
        for (int i = from; i < to; i++)
        {
            ref readonly Op op = ref this[i];
            switch (op.Kind)
            {
                case OpKind.Text or OpKind.Runs:
                    if (canvases.Text is { } text) DrawText(text, op);
                    break;
                case OpKind.BeginArtifact:
                    canvases.Artifacts?.BeginArtifact((ArtifactKind)op.Flags);
                    break;
                case OpKind.EndArtifact:
                    canvases.Artifacts?.EndArtifact();
                    break;
                case OpKind.Anchor or OpKind.BeginStructure or OpKind.EndStructure or OpKind.BeginLink or OpKind.EndLink:
                    if (canvases.Document is { } document) Describe(document, op, anchors);
                    break;
                default: // every other kind is a mark: a new kind of op goes to the drawing canvas unless named above
                    if (canvases.Drawing is { } drawing) Draw(drawing, op);
                    break;
            }
        }
    }

    private static void DrawText(ITextCanvas canvas, in Op op)
    {
        switch (op.Kind)
        {
            case OpKind.Text: canvas.DrawText((string)op.A!, op.Start, op.Length, (FontFace)op.B!, op.W, op.C1, new Point(op.X, op.Y)); break;
            case OpKind.Runs when op.A is LineRun[] runs:
                foreach (ref readonly var run in runs.AsSpan()) DrawRun(canvas, run, op.X, op.Y);
                break;
            case OpKind.Runs:
                var cursor = new LineRunCursor((ShapedText)op.B!, (TextLine)op.A!, op.W, op.H);
                while (cursor.NextWord(out var word)) DrawRun(canvas, word, op.X, op.Y);
                break;
        }
    }

    private static void Draw(IDrawingCanvas canvas, in Op op)
    {
        switch (op.Kind)
        {
            case OpKind.Rectangle: canvas.DrawRectangle(new Rect(op.X, op.Y, op.W, op.H), GetPaint(op)); break;
            case OpKind.Ellipse: canvas.DrawEllipse(new Rect(op.X, op.Y, op.W, op.H), GetPaint(op)); break;
            case OpKind.Polygon: canvas.DrawPolygon((IReadOnlyList<Point>)op.A!, GetPaint(op)); break;
            case OpKind.Line:
                canvas.DrawLine(new Point(op.X, op.Y), new Point(op.W, op.H), new Stroke(op.C1, op.StrokeWidth, (IReadOnlyList<double>?)op.A));
                break;
            case OpKind.Image: canvas.DrawImage(new Rect(op.X, op.Y, op.W, op.H), (ImageData)op.A!); break;
            case OpKind.BeginRotation: canvas.BeginRotation(new Point(op.X, op.Y), op.W); break;
            case OpKind.EndRotation: canvas.EndRotation(); break;
        }
    }

    private static void Describe(IDocumentCanvas canvas, in Op op, LayoutContextView anchors)
    {
        switch (op.Kind)
        {
            case OpKind.Anchor: canvas.AddAnchor((string)op.A!, new Point(op.X, op.Y)); break;
            case OpKind.BeginStructure: canvas.BeginStructure((StructureElement)op.A!); break;
            case OpKind.EndStructure: canvas.EndStructure(); break;
            case OpKind.BeginLink:
                canvas.BeginLink(new Rect(op.X, op.Y, op.W, op.H), ((LinkSpec)op.A!).Resolve(anchors), (string?)op.B);
                break;
            case OpKind.EndLink: canvas.EndLink(); break;
        }
    }
}

/// <summary>
/// Chunks kept between layouts, so that a long-lived process (a preview, <c>watch</c>, an archive run,
/// a benchmark) records into arrays the garbage collector has already moved to its oldest generation
/// instead of promoting fresh ones through every generation on every layout.
/// </summary>
/// <remarks>
/// The pool keeps at most twice the chunks the last finished layout used (two layouts may run at once),
/// and never more than <see cref="MaxChunks"/> (about 80 MB): a process that laid out one very long
/// document gives the memory back at its next, shorter layout.
/// </remarks>
internal static class OpChunkPool
{
    private const int MaxChunks = 1024;
    private static readonly Stack<Op[]> Free = new();

    public static Op[] Rent(int size)
    {
        lock (Free)
        {
            if (Free.TryPop(out var chunk)) return chunk;
        }
        return new Op[size];
    }

    public static void Return(List<Op[]> chunks)
    {
        lock (Free)
        {
            int keep = Math.Min(MaxChunks, 2 * chunks.Count);
            foreach (var chunk in chunks)
                if (Free.Count < keep) Free.Push(chunk);
            while (Free.Count > keep) Free.Pop();
        }
    }
}
