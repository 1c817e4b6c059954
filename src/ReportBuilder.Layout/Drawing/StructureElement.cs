namespace ReportBuilder.Layout.Drawing;

/// <summary>
/// The standard structure types of ISO 32000-1 §14.8.4 that the engine emits. Backends map
/// them to their own tag types (PDFsharp's PdfBlockLevelElementTag and friends); the raster
/// backend ignores them.
/// </summary>
public enum StructureRole
{
    Document, Part, Section, Division, BlockQuote, Caption, TableOfContents, TableOfContentsItem, Index,
    Heading1, Heading2, Heading3, Heading4, Heading5, Heading6,
    Paragraph, List, ListItem, Label, ListBody,
    Table, TableHeadRowGroup, TableBodyRowGroup, TableFooterRowGroup, TableRow, TableHeaderCell, TableDataCell,
    Span, Quote, Note, Reference, Link,
    Figure, Formula,
}

/// <summary>Which cells a table header cell heads (PDF/UA requires it on every TH).</summary>
public enum TableHeaderScope { None, Row, Column, Both }

/// <summary>
/// A node of the document's logical structure, opened with <see cref="IDocumentCanvas.BeginStructure"/>
/// and closed with <see cref="IDocumentCanvas.EndStructure"/>. An element may stay open across a page
/// break (a paragraph or table continuing on the next page): backends must keep it open.
/// </summary>
public sealed class StructureElement
{
    public StructureElement(StructureRole role) => Role = role;

    public StructureRole Role { get; }

    /// <summary>Alternative text (/Alt): required for figures, used for formulas and symbols.</summary>
    public string? AlternateText { get; init; }

    /// <summary>Replacement text (/ActualText) for content whose glyphs do not read as intended.</summary>
    public string? ActualText { get; init; }

    /// <summary>Expansion of an abbreviation (/E).</summary>
    public string? ExpandedText { get; init; }

    /// <summary>Language of this element when it differs from the document's (BCP 47, e.g. <c>cy-GB</c>).</summary>
    public string? Language { get; init; }

    /// <summary>Title (/T) of the element, e.g. a heading's text for a section.</summary>
    public string? Title { get; init; }

    /// <summary>Identifier (/ID), used to tie a footnote reference to its note.</summary>
    public string? Id { get; init; }

    /// <summary>Scope of a <see cref="StructureRole.TableHeaderCell"/>.</summary>
    public TableHeaderScope Scope { get; init; }

    public int RowSpan { get; init; } = 1;
    public int ColumnSpan { get; init; } = 1;

    public override string ToString() => Role.ToString();
}

/// <summary>Content that is not part of the document's text: pagination, decoration, watermarks.</summary>
public enum ArtifactKind
{
    /// <summary>Running header (/Pagination /Header).</summary>
    Header,
    /// <summary>Running footer and page numbers (/Pagination /Footer).</summary>
    Footer,
    /// <summary>A watermark such as DRAFT (/Pagination /Watermark).</summary>
    Watermark,
    /// <summary>Rules, boxes and symbols that only decorate (/Layout).</summary>
    Layout,
    /// <summary>A page background (/Background).</summary>
    Background,
}
