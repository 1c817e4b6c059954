using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Elements;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Text;

/// <summary>
/// Draws a broken line of a paragraph: its text where the alignment puts it, with the structure its runs need (a Span
/// for another language, a footnote Reference, a Link), underlines and inline artifacts; and hands each reference's
/// note to the footnote area right after the reference, so that the Note follows it in the tag tree.
/// </summary>
/// <remarks>
/// A line decides once, on its first draw, how it is recorded (<see cref="LineDrawing"/>): as its words, as its runs in
/// one call, or run by run with what each needs around it.
/// </remarks>
/// <param name="alignment">The paragraph's alignment.</param>
/// <param name="language">The paragraph's language (null: the document's): runs in another are tagged as a Span.</param>
internal readonly struct LineDrawer(TextAlignment alignment, string? language)
{
    /// <summary>Draws <paramref name="line"/> of <paramref name="text"/> in a box <paramref name="width"/> wide at (<paramref name="x0"/>, <paramref name="top"/>), <paramref name="height"/> high.</summary>
    /// <param name="split">The note the fit continues on the next page, of which this page holds <paramref name="splitLines"/> lines (see <see cref="FootnoteArea.Fit"/>).</param>
    public void Draw(LayoutContext context, ShapedText text, TextLine line, double x0, double top, double height, double width, Footnote? split, int splitLines)
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
            if (run.Look.Footnote is { } reference) context.Footnotes.PlaceReferenced(reference.Note, split, splitLines);
        }
    }

    /// <summary>Where the line's first run starts and how much each of its spaces stretches, from the alignment.</summary>
    private (double X, double Stretch) Placement(TextLine line, double width)
    {
        double free = width - line.Indent - line.Width;
        bool justify = alignment == TextAlignment.Justify && !line.EndsParagraph && line.Gaps > 0 && free > 0;
        double x = line.Indent + alignment switch
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
        a.Language is not null && a.Language != language && a.Language != context.DefaultStyle.Language;

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

    /// <summary>The width of the punctuation (full stop, comma, colon, semicolon, closing bracket or quote) that ends the run's text.</summary>
    private static double TrailingPunctuationWidth(in LineRun run)
    {
        var text = run.Source.AsSpan(run.Start, run.Length).TrimEnd(' ');
        int keep = text.Length;
        while (keep > 0 && ".,;:!?)\u2019\u201D'\"".Contains(text[keep - 1])) keep--;
        if (keep == text.Length || keep == 0) return 0;
        return run.Look.Face.MeasureWidth(text[keep..].ToString(), run.Look.FontSize);
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
