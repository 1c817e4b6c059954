using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Text;

/// <summary>A run of a paragraph: text, a value known only at layout (page numbers), or a footnote reference.</summary>
internal abstract class Inline
{
    public TextStyle Style { get; set; } = TextStyle.Unset;
    public LinkSpec? Link { get; set; }
    /// <summary>Drawn as an artifact inside its paragraph: a symbol beside a word that says the same (not read out).</summary>
    public bool Artifact { get; set; }
}

internal sealed class TextInline(string text) : Inline
{
    public string Text { get; } = text;
}

internal enum DynamicKind { PageNumber, TotalPages, PageOfAnchor }

/// <summary>Text computed at layout time: the current page number, the page count, or the page of an anchor.</summary>
internal sealed class DynamicInline(DynamicKind kind, string? anchor = null) : Inline
{
    public DynamicKind Kind { get; } = kind;
    public string? Anchor { get; } = anchor;
}

/// <summary>
/// A symbol drawn as a vector shape in the line (a rating's star), an artifact beside the word that says the same: it
/// measures as a no-break space before a box of the text's cap height, and puts no character in the text layer.
/// </summary>
internal sealed class SymbolInline(SymbolShape shape) : Inline
{
    public SymbolShape Shape { get; } = shape;

    /// <summary>The space before the shape, a share of the font size (as a no-break space is).</summary>
    public const double Gap = 0.28;

    /// <summary>The shape's box, a share of the font size: Liberation Sans's cap height.</summary>
    public const double Box = 0.7;

    /// <summary>What the symbol puts into the paragraph's source: one no-break space, never drawn as text.</summary>
    public const string Text = "\u00A0";
}

/// <summary>A footnote reference: prints the note's number as a superscript and places the note at the foot of the page.</summary>
internal sealed class FootnoteInline(Footnote note) : Inline
{
    public Footnote Note { get; } = note;
}

/// <summary>Where a link points before layout: an anchor name or an external URI.</summary>
internal sealed record LinkSpec(string? Anchor, string? Uri)
{
    public LinkTarget Resolve(LayoutContextView anchors)
    {
        if (Uri is not null) return LinkTarget.External(Uri);
        var place = anchors.FindAnchor(Anchor!);
        return LinkTarget.Internal(Anchor!, place?.PageIndex ?? 0, place?.Y ?? 0);
    }
}

/// <summary>The bit of the layout context a link needs (kept narrow so text code does not see pages).</summary>
internal interface LayoutContextView
{
    AnchorPosition? FindAnchor(string name);
}

/// <summary>Where an anchor landed: page index from 0 and y from the top of the page.</summary>
public readonly record struct AnchorPosition(int PageIndex, double Y);
