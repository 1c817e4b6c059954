using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Pdf.Tagging;

/// <summary>Maps the engine's structure roles to the standard structure type names of ISO 32000-1 §14.8.4.</summary>
static class StructureRoles
{
    public static string TagName(StructureRole role) => role switch
    {
        StructureRole.Document => "Document",
        StructureRole.Part => "Part",
        StructureRole.Section => "Sect",
        StructureRole.Division => "Div",
        StructureRole.BlockQuote => "BlockQuote",
        StructureRole.Caption => "Caption",
        StructureRole.TableOfContents => "TOC",
        StructureRole.TableOfContentsItem => "TOCI",
        StructureRole.Index => "Index",
        StructureRole.Heading1 => "H1",
        StructureRole.Heading2 => "H2",
        StructureRole.Heading3 => "H3",
        StructureRole.Heading4 => "H4",
        StructureRole.Heading5 => "H5",
        StructureRole.Heading6 => "H6",
        StructureRole.Paragraph => "P",
        StructureRole.List => "L",
        StructureRole.ListItem => "LI",
        StructureRole.Label => "Lbl",
        StructureRole.ListBody => "LBody",
        StructureRole.Table => "Table",
        StructureRole.TableHeadRowGroup => "THead",
        StructureRole.TableBodyRowGroup => "TBody",
        StructureRole.TableFooterRowGroup => "TFoot",
        StructureRole.TableRow => "TR",
        StructureRole.TableHeaderCell => "TH",
        StructureRole.TableDataCell => "TD",
        StructureRole.Span => "Span",
        StructureRole.Quote => "Quote",
        StructureRole.Note => "Note",
        StructureRole.Reference => "Reference",
        StructureRole.Link => "Link",
        StructureRole.Figure => "Figure",
        StructureRole.Formula => "Formula",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown structure role."),
    };

    /// <summary>Figures and formulas are illustrations: PDFsharp gives them /Alt and a /BBox.</summary>
    public static bool IsIllustration(StructureRole role) => role is StructureRole.Figure or StructureRole.Formula;

    public static string ScopeName(TableHeaderScope scope) => scope switch
    {
        TableHeaderScope.Row => "/Row",
        TableHeaderScope.Column => "/Column",
        TableHeaderScope.Both => "/Both",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "A header cell needs a scope."),
    };

    /// <summary>The property list of an artifact's marked content (ISO 32000-1 §14.8.2.2, table 330).</summary>
    public static string ArtifactProperties(ArtifactKind kind) => kind switch
    {
        ArtifactKind.Header => "<</Type /Pagination /Subtype /Header>>",
        ArtifactKind.Footer => "<</Type /Pagination /Subtype /Footer>>",
        ArtifactKind.Watermark => "<</Type /Pagination /Subtype /Watermark>>",
        ArtifactKind.Layout => "<</Type /Layout>>",
        ArtifactKind.Background => "<</Type /Background>>",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown artifact kind."),
    };
}
