using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Elements;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Composes a paragraph: runs of text, page numbers, footnote references, and how the lines are set.</summary>
public class ParagraphDescriptor
{
    internal ParagraphDescriptor(Paragraph paragraph, ComposeState state)
    {
        Paragraph = paragraph;
        State = state;
    }

    internal Paragraph Paragraph { get; }
    internal ComposeState State { get; }

    private SpanDescriptor Add(Inline inline)
    {
        Paragraph.Inlines.Add(inline);
        return new SpanDescriptor(inline, State);
    }

    /// <summary>
    /// A symbol drawn as a filled vector shape after a no-break gap, in the run's colour and at its size (a rating's star
    /// beside its word): an artifact, so it adds nothing to the text a reader or a search sees.
    /// </summary>
    public SpanDescriptor Symbol(SymbolShape shape)
    {
        if (!Enum.IsDefined(shape)) throw new DocumentComposeException($"Unknown symbol shape {(int)shape}.");
        return Add(new SymbolInline(shape) { Artifact = true });
    }

    /// <summary>A run of text. Soft hyphens (U+00AD) mark where a word may break; no-break spaces (U+00A0) never break; "\n" ends a line.</summary>
    public SpanDescriptor Span(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Add(new TextInline(text));
    }

    /// <summary>The number of the page the text lands on.</summary>
    public SpanDescriptor CurrentPageNumber() => Add(new DynamicInline(DynamicKind.PageNumber));

    /// <summary>The number of pages of the document.</summary>
    public SpanDescriptor TotalPages()
    {
        State.UsesPageReferences = true;
        return Add(new DynamicInline(DynamicKind.TotalPages));
    }

    /// <summary>The number of the page where the anchor <paramref name="anchor"/> lands.</summary>
    public SpanDescriptor PageNumberOf(string anchor)
    {
        if (string.IsNullOrWhiteSpace(anchor)) throw new DocumentComposeException("PageNumberOf needs an anchor name.");
        State.UsesPageReferences = true;
        return Add(new DynamicInline(DynamicKind.PageOfAnchor, anchor));
    }

    /// <summary>A footnote reference here (a superscript number, in document order) with its note at the foot of the same page.</summary>
    public SpanDescriptor Footnote(string text) => Footnote(p => p.Span(text));

    /// <summary>A footnote whose note is composed by <paramref name="compose"/>.</summary>
    public SpanDescriptor Footnote(Action<ParagraphDescriptor> compose)
    {
        int number = ++State.FootnoteCount;
        var mark = new TextStyle { Superscript = true, SuperscriptSize = State.FootnoteMarkSize };
        var content = new Paragraph { Role = null, Style = State.FootnoteStyle, HangAfterFirstWord = State.FootnoteMarkSize is not null };
        content.Inlines.Add(new TextInline(number.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Style = mark });
        content.Inlines.Add(new TextInline(" "));
        compose(new ParagraphDescriptor(content, State));
        if (content.Inlines.Count <= 2) throw new DocumentComposeException($"Footnote {number} has no text.");
        return Add(new FootnoteInline(new Elements.Footnote(number, content)) { Style = new TextStyle { SuperscriptSize = State.FootnoteMarkSize } });
    }

    public ParagraphDescriptor Align(TextAlignment alignment) { Paragraph.Alignment = alignment; return this; }
    public ParagraphDescriptor AlignLeft() => Align(TextAlignment.Left);
    public ParagraphDescriptor AlignCenter() => Align(TextAlignment.Center);
    public ParagraphDescriptor AlignRight() => Align(TextAlignment.Right);
    /// <summary>Justified lines (the last line of the paragraph stays left-aligned).</summary>
    public ParagraphDescriptor Justify() => Align(TextAlignment.Justify);

    /// <summary>Style of every run of the paragraph (runs may override it).</summary>
    public ParagraphDescriptor Style(TextStyle style) { Paragraph.Style = style.InheritFrom(Paragraph.Style); return this; }

    /// <summary>Line height as a multiple of the font size (default: the font's own spacing, about 1.15).</summary>
    public ParagraphDescriptor LineHeight(double factor)
    {
        if (factor <= 0) throw new DocumentComposeException($"Line height {factor} must be positive.");
        return Style(new TextStyle { LineHeight = factor });
    }

    public ParagraphDescriptor SpaceBefore(double points) { Paragraph.SpaceBefore = NonNegative(points, "SpaceBefore"); return this; }
    public ParagraphDescriptor SpaceAfter(double points) { Paragraph.SpaceAfter = NonNegative(points, "SpaceAfter"); return this; }
    public ParagraphDescriptor FirstLineIndent(double points) { Paragraph.FirstLineIndent = points; return this; }

    /// <summary>Indents every line but the first by <paramref name="points"/>.</summary>
    public ParagraphDescriptor HangingIndent(double points) { Paragraph.HangingIndent = NonNegative(points, "HangingIndent"); return this; }

    /// <summary>Fewest lines left at the foot of a page (orphans) and carried to the head of the next (widows) when the paragraph splits; default 2 and 2.</summary>
    public ParagraphDescriptor WidowsAndOrphans(int widows, int orphans)
    {
        if (widows < 1 || orphans < 1) throw new DocumentComposeException("Widows and orphans must be at least 1.");
        Paragraph.Widows = widows;
        Paragraph.Orphans = orphans;
        return this;
    }

    internal Action? OnNotInContents { get; set; }

    /// <summary>Leaves this heading out of the table of contents (it keeps its bookmark), e.g. the contents' own title.</summary>
    public ParagraphDescriptor NotInContents()
    {
        if (Paragraph.HeadingLevel == 0) throw new DocumentComposeException("NotInContents applies to headings only.");
        Paragraph.InContents = false;
        OnNotInContents?.Invoke();
        return this;
    }

    /// <summary>Leaves this heading out of the bookmarks (it stays in the contents unless <see cref="NotInContents"/>), e.g. a list's "Strengths:".</summary>
    public ParagraphDescriptor NotBookmarked()
    {
        if (Paragraph.HeadingLevel == 0) throw new DocumentComposeException("NotBookmarked applies to headings only.");
        Paragraph.Bookmarked = false;
        return this;
    }

    /// <summary>
    /// The paragraph's structure role (default P). Null: no element of its own, its text belongs to the enclosing
    /// element, e.g. a contents entry's title inside its Link, where a block-level P may not go.
    /// </summary>
    public ParagraphDescriptor Role(StructureRole? role) { Paragraph.Role = role; return this; }

    /// <summary>Language of the whole paragraph when it differs from the document's.</summary>
    public ParagraphDescriptor Language(string language) => Style(new TextStyle { Language = language });
    /// <summary>Applies the font's kerning pairs inside words (see <see cref="TextStyle.Kerning"/>).</summary>
    public ParagraphDescriptor Kerning(bool value = true) => Style(new TextStyle { Kerning = value });

    private static double NonNegative(double v, string what) =>
        v >= 0 && double.IsFinite(v) ? v : throw new DocumentComposeException($"{what} must be a non-negative number of points, not {v}.");
}

/// <summary>Styles one run of a paragraph.</summary>
public sealed class SpanDescriptor
{
    private readonly Inline inline;
    private readonly ComposeState state;

    internal SpanDescriptor(Inline inline, ComposeState state)
    {
        this.inline = inline;
        this.state = state;
    }

    private SpanDescriptor With(TextStyle style)
    {
        inline.Style = style.InheritFrom(inline.Style);
        return this;
    }

    public SpanDescriptor Style(TextStyle style) => With(style);
    public SpanDescriptor FontFamily(string family) => With(new TextStyle { FontFamily = family });

    public SpanDescriptor FontSize(double size)
    {
        if (size <= 0 || !double.IsFinite(size)) throw new DocumentComposeException($"Font size {size} must be positive.");
        return With(new TextStyle { FontSize = size });
    }

    public SpanDescriptor Bold(bool value = true) => With(new TextStyle { Bold = value });
    public SpanDescriptor Italic(bool value = true) => With(new TextStyle { Italic = value });
    public SpanDescriptor FontColor(Color color) => With(new TextStyle { Color = color });
    public SpanDescriptor Underline(bool value = true) => With(new TextStyle { Underline = value });
    public SpanDescriptor Kerning(bool value = true) => With(new TextStyle { Kerning = value });
    public SpanDescriptor Superscript(bool value = true) => With(new TextStyle { Superscript = value });
    /// <summary>Language of this run when it differs from the document's (BCP 47): tagged as a Span with /Lang.</summary>
    public SpanDescriptor Language(string language) => With(new TextStyle { Language = language });

    /// <summary>
    /// Draws the run as an artifact, outside the structure tree: for a symbol beside a word that says the same thing
    /// (a rating's star), which a screen reader should not read out. The run is drawn where it always was.
    /// </summary>
    public SpanDescriptor Artifact()
    {
        inline.Artifact = true;
        return this;
    }

    /// <summary>Makes the run a link to the anchor <paramref name="anchor"/> inside the document.</summary>
    public SpanDescriptor Link(string anchor)
    {
        if (string.IsNullOrWhiteSpace(anchor)) throw new DocumentComposeException("A link needs an anchor name.");
        state.UsesPageReferences = true;
        inline.Link = new LinkSpec(anchor, null);
        return this;
    }

    /// <summary>Makes the run a link to an external address (https:, mailto:).</summary>
    public SpanDescriptor LinkUri(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out _)) throw new DocumentComposeException($"'{uri}' is not an absolute URI.");
        inline.Link = new LinkSpec(null, uri);
        return this;
    }
}
