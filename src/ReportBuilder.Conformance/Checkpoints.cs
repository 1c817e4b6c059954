namespace ReportBuilder.Conformance;

/// <summary>
/// The failure conditions this checker tests: Matterhorn Protocol 1.1 indexes, plus a few checks of ours
/// (<c>NN-xNN</c>, in the checkpoint they belong to) for requirements the protocol states only through ISO 32000-1.
/// </summary>
public static class Checkpoints
{
    public const string StructTreeRootMissing = "01-x01";
    public const string MarkedNotTrue = "01-x02";
    public const string StructureIntegrity = "01-x03";
    public const string UnbalancedMarkedContent = "01-x04";
    public const string ArtifactInsideTagged = "01-003";
    public const string TaggedInsideArtifact = "01-004";
    public const string Untagged = "01-005";
    public const string Suspects = "01-007";
    public const string RoleMapNotStandard = "02-001";
    public const string RoleMapCircular = "02-003";
    public const string StandardTypeRemapped = "02-004";
    public const string NoXmp = "06-001";
    public const string NoPdfUaId = "06-002";
    public const string NoDcTitle = "06-003";
    public const string NoInfoTitle = "06-x01";
    public const string NoDisplayDocTitle = "07-001";
    public const string DisplayDocTitleFalse = "07-002";
    public const string TableSyntax = "09-004";
    public const string ListSyntax = "09-005";
    public const string TocSyntax = "09-006";
    public const string BlockInsideLink = "09-x01";
    public const string NoUnicode = "10-001";
    public const string WordsRunTogether = "10-x01";
    public const string NoLanguage = "11-001";
    public const string FigureNoAlt = "13-004";
    public const string FirstHeadingNotH1 = "14-002";
    public const string HeadingSkipped = "14-003";
    public const string HAndHn = "14-007";
    public const string ThNoScope = "15-003";
    public const string FormulaNoAlt = "17-002";
    public const string NoteNoId = "19-003";
    public const string NoteIdNotUnique = "19-004";
    public const string AnnotNotInAnnotTag = "28-002";
    public const string AnnotNoContents = "28-004";
    public const string NoTabs = "28-008";
    public const string TabsNotS = "28-009";
    public const string WidgetNotInForm = "28-010";
    public const string LinkNotInLinkTag = "28-011";
    public const string LinkNoContents = "28-012";
    public const string FontNotEmbedded = "31-009";
    public const string FontNoUnicodeMechanism = "31-027";

    /// <summary>Each id above with the failure condition it stands for (the protocol's wording, condensed).</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [StructTreeRootMissing] = "The catalog has no StructTreeRoot (ISO 14289-1 7.1: content must be tagged in a structure tree).",
        [MarkedNotTrue] = "The catalog's MarkInfo dictionary does not have Marked true.",
        [StructureIntegrity] = "The structure tree is inconsistent: an element refers to marked content (page and MCID) that does not exist, names no page, or is reached twice.",
        [UnbalancedMarkedContent] = "Marked content is unbalanced: an EMC without a BMC/BDC, or a sequence still open at the end of a content stream (ISO 32000-1 14.6).",
        [ArtifactInsideTagged] = "Content marked as Artifact is present inside tagged content.",
        [TaggedInsideArtifact] = "Tagged content is present inside content marked as Artifact.",
        [Untagged] = "Content is neither marked as Artifact nor tagged as real content (including marked content whose MCID the structure tree does not reach).",
        [Suspects] = "The Suspects entry has a value of true.",
        [RoleMapNotStandard] = "A non-standard structure type's mapping does not end in a standard type.",
        [RoleMapCircular] = "A circular role mapping exists.",
        [StandardTypeRemapped] = "A standard structure type is remapped.",
        [NoXmp] = "The document does not contain an XMP metadata stream.",
        [NoPdfUaId] = "The XMP metadata does not include the PDF/UA identifier (pdfuaid:part 1).",
        [NoDcTitle] = "The XMP metadata does not contain dc:title.",
        [NoInfoTitle] = "The document information dictionary has no Title.",
        [NoDisplayDocTitle] = "The ViewerPreferences dictionary does not contain DisplayDocTitle.",
        [DisplayDocTitleFalse] = "The ViewerPreferences DisplayDocTitle entry is false.",
        [TableSyntax] = "A table-related structure element breaks ISO 32000-1 Table 337.",
        [ListSyntax] = "A list-related structure element breaks ISO 32000-1 Table 336.",
        [TocSyntax] = "A TOC-related structure element breaks ISO 32000-1 Table 333.",
        [BlockInsideLink] = "A block-level or grouping element (P, H1, L, Table, Div...) sits inside a Link, an inline element (ISO 32000-1 14.8.4.4).",
        [NoUnicode] = "A character code cannot be mapped to Unicode (missing, empty or U+FFFD mapping).",
        [WordsRunTogether] = "Words run together where a line wraps: no space between one line's last character and the next line's first within one structure element (ISO 32000-1 14.8.2.5).",
        [NoLanguage] = "The natural language of page content cannot be determined (no valid BCP 47 /Lang).",
        [FigureNoAlt] = "A Figure has neither Alt nor ActualText.",
        [FirstHeadingNotH1] = "Numbered headings are used but the first is not H1.",
        [HeadingSkipped] = "Numbered heading levels are skipped going down (e.g. H3 straight after H1).",
        [HAndHn] = "The document uses both H and H1-H6.",
        [ThNoScope] = "In a table without Headers attributes, a TH has no Scope attribute.",
        [FormulaNoAlt] = "A Formula has neither Alt nor ActualText.",
        [NoteNoId] = "A Note has no ID entry.",
        [NoteIdNotUnique] = "A Note's ID is not unique.",
        [AnnotNotInAnnotTag] = "An annotation (not Widget, Link, Popup or PrinterMark) is not reached from an Annot structure element.",
        [AnnotNoContents] = "An annotation (not Widget or Popup) has neither Contents nor Alt on its structure element.",
        [NoTabs] = "A page with annotations has no Tabs entry.",
        [TabsNotS] = "A page with annotations has a Tabs entry other than S.",
        [WidgetNotInForm] = "A Widget annotation is not reached from a Form structure element.",
        [LinkNotInLinkTag] = "A Link annotation is not reached from a Link structure element.",
        [LinkNoContents] = "A Link annotation has no Contents (alternate description).",
        [FontNotEmbedded] = "A font used for rendered text is not embedded.",
        [FontNoUnicodeMechanism] = "A font has no ToUnicode CMap and no other permitted way to map its codes to Unicode.",
    };
}
