using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using ReportBuilder.Conformance.Tests.Fixtures;
using static ReportBuilder.Conformance.Tests.Fixtures.Broken;

namespace ReportBuilder.Conformance.Tests;

/// <summary>
/// One deliberately broken PDF per checkpoint: the good fixture with one thing removed or changed. Each test asserts that
/// exactly that checkpoint fails, so a rule that fires on everything, or on nothing, is caught.
/// </summary>
public class BrokenPdfTests
{
    private static void AssertOnly(string checkpoint, byte[] pdf, int? page = null)
    {
        var report = PdfUaChecker.Check(pdf, checkpoint);
        Assert.True(report.FailedCheckpoints.SequenceEqual([checkpoint]), $"expected only {checkpoint} to fail, got:\n{report}");
        if (page is not null) Assert.All(report.Failures, f => Assert.Equal(page, f.Page));
    }

    [Fact]
    public void RoundTripThroughPdfReaderStillPasses()
    {
        // The control for every test below: re-saving with PDFsharp alone breaks nothing.
        var report = PdfUaChecker.Check(Mutate(_ => { }));
        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void NoStructTreeRoot() =>
        AssertOnly(Checkpoints.StructTreeRootMissing, Mutate(doc => Catalog(doc).Elements.Remove("/StructTreeRoot")));

    [Fact]
    public void NoMarkInfo() => AssertOnly(Checkpoints.MarkedNotTrue, Mutate(doc => Catalog(doc).Elements.Remove("/MarkInfo")));

    [Fact]
    public void MarkedFalse() => AssertOnly(Checkpoints.MarkedNotTrue, Mutate(doc =>
        Catalog(doc).Elements.GetDictionary("/MarkInfo")!.Elements["/Marked"] = new PdfBoolean(false)));

    [Fact]
    public void SuspectsTrue() => AssertOnly(Checkpoints.Suspects, Mutate(doc =>
        Catalog(doc).Elements.GetDictionary("/MarkInfo")!.Elements["/Suspects"] = new PdfBoolean(true)));

    [Fact]
    public void ElementPointsAtMissingMcid() => AssertOnly(Checkpoints.StructureIntegrity, Mutate(doc =>
        Element(doc, "H1").Elements["/K"] = new PdfInteger(99)), page: 1);

    [Fact]
    public void ArtifactInsideTaggedContent() => AssertOnly(Checkpoints.ArtifactInsideTagged, Mutate(doc =>
        EditContent(doc, 0, c => c.Replace("/P<</MCID 2>>BDC", "/P<</MCID 2>>BDC /Artifact BMC EMC"))), page: 1);

    [Fact]
    public void TaggedContentInsideArtifact() => AssertOnly(Checkpoints.TaggedInsideArtifact, Mutate(doc =>
        EditContent(doc, 0, c => c.Replace("/Artifact BMC", "/Artifact BMC /Span<</MCID 50>>BDC EMC"))), page: 1);

    [Fact]
    public void MarkedContentLeftOpen() => AssertOnly(Checkpoints.UnbalancedMarkedContent, Mutate(doc =>
        EditContent(doc, 1, c => c + "\n/Span BMC\n")), page: 2);

    [Fact]
    public void EmcWithoutBdc() => AssertOnly(Checkpoints.UnbalancedMarkedContent, Mutate(doc =>
        EditContent(doc, 1, c => c + "\nEMC\n")), page: 2);

    [Fact]
    public void UntaggedText() => AssertOnly(Checkpoints.Untagged, Mutate(doc =>
        EditContent(doc, 0, c => c + "\nBT /F0 11 Tf 56 20 Td (untagged) Tj ET\n")), page: 1);

    [Fact]
    public void UntaggedPath() => AssertOnly(Checkpoints.Untagged, Mutate(doc =>
        EditContent(doc, 1, c => c + "\n0 0 m 100 100 l S\n")), page: 2);

    [Fact]
    public void UntaggedImage() => AssertOnly(Checkpoints.Untagged, Mutate(doc =>
        EditContent(doc, 1, c => c + "\nq 10 0 0 10 0 0 cm /I0 Do Q\n")), page: 2);

    [Fact]
    public void FormXObjectInsideTaggedContentIsTagged()
    {
        var report = PdfUaChecker.Check(Mutate(doc =>
        {
            AddTextForm(doc, 1);
            EditContent(doc, 1, c => c.Replace("/P<</MCID 10>>BDC", "/P<</MCID 10>>BDC q 1 0 0 1 300 600 cm /Fm0 Do Q"));
        }));
        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void FormXObjectOutsideTaggedContentIsUntagged()
    {
        var pdf = Mutate(doc =>
        {
            AddTextForm(doc, 1);
            EditContent(doc, 1, c => c + "\nq 1 0 0 1 300 600 cm /Fm0 Do Q\n");
        });
        AssertOnly(Checkpoints.Untagged, pdf, page: 2);
        Assert.Contains(PdfUaChecker.Check(pdf).Failures, f => f.Object.StartsWith("form Fm0", StringComparison.Ordinal));
    }

    [Fact]
    public void MarkedContentWithoutMcidIsNotTagged() => AssertOnly(Checkpoints.Untagged, Mutate(doc =>
        EditContent(doc, 0, c => c + "\n/Span BMC BT /F0 11 Tf 56 20 Td (no mcid) Tj ET EMC\n")), page: 1);

    [Fact]
    public void McidTheParentTreeDoesNotMap() => AssertOnly(Checkpoints.Untagged, Mutate(doc =>
    {
        // Page 1's ParentTree entry loses its element for MCID 2: the paragraph's content is no longer reached.
        var parentTree = StructTreeRoot(doc).Elements.GetDictionary("/ParentTree")!;
        var item = parentTree.Elements.GetArray("/Nums")!.Elements[1];
        var array = (PdfArray)(item is PdfReference reference ? reference.Value : item);
        array.Elements[2] = PdfNull.Value;
    }), page: 1);

    [Fact]
    public void NonStandardTypeWithoutRoleMap() => AssertOnly(Checkpoints.RoleMapNotStandard, Mutate(doc =>
        Element(doc, "P").Elements["/S"] = new PdfName("/Para")));

    [Fact]
    public void CircularRoleMap() => AssertOnly(Checkpoints.RoleMapCircular, Mutate(doc =>
    {
        Element(doc, "P").Elements["/S"] = new PdfName("/Para");
        var roleMap = new PdfDictionary(doc);
        roleMap.Elements["/Para"] = new PdfName("/Block");
        roleMap.Elements["/Block"] = new PdfName("/Para");
        StructTreeRoot(doc).Elements["/RoleMap"] = roleMap;
    }));

    [Fact]
    public void NonStandardTypeRoleMappedIsFine()
    {
        var report = PdfUaChecker.Check(Mutate(doc =>
        {
            Element(doc, "P").Elements["/S"] = new PdfName("/Para");
            var roleMap = new PdfDictionary(doc);
            roleMap.Elements["/Para"] = new PdfName("/P");
            StructTreeRoot(doc).Elements["/RoleMap"] = roleMap;
        }));
        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void StandardTypeRemapped() => AssertOnly(Checkpoints.StandardTypeRemapped, Mutate(doc =>
    {
        var roleMap = new PdfDictionary(doc);
        roleMap.Elements["/P"] = new PdfName("/Span");
        StructTreeRoot(doc).Elements["/RoleMap"] = roleMap;
    }));

    [Fact]
    public void NoXmp() =>
        // PDFsharp writes XMP again on every save, so the catalog's key is renamed in the saved bytes instead.
        AssertOnly(Checkpoints.NoXmp, ReplaceSameLength(Good, "/Metadata ", "/Metadatx "));

    [Fact]
    public void NoPdfUaIdentifier() => AssertOnly(Checkpoints.NoPdfUaId, GoodTaggedPdf.Build(addPdfUaIdentifier: false));

    [Fact]
    public void PdfUaPartTwoIsNotPdfUa1() => AssertOnly(Checkpoints.NoPdfUaId,
        XmpEditor.Edit(GoodTaggedPdf.Build(), xmp => xmp.Replace("<pdfuaid:part>1</pdfuaid:part>", "<pdfuaid:part>2</pdfuaid:part>")));

    [Fact]
    public void NoDcTitle() => AssertOnly(Checkpoints.NoDcTitle, XmpEditor.Edit(Good, xmp =>
        System.Text.RegularExpressions.Regex.Replace(xmp, "<dc:title>.*?</dc:title>", "")));

    [Fact]
    public void NoInfoTitle() => AssertOnly(Checkpoints.NoInfoTitle, ReplaceSameLength(Good, "/Title(", "/Xitle("));

    [Fact]
    public void NoDisplayDocTitle() => AssertOnly(Checkpoints.NoDisplayDocTitle, Mutate(doc =>
        Catalog(doc).Elements.GetDictionary("/ViewerPreferences")!.Elements.Remove("/DisplayDocTitle")));

    [Fact]
    public void DisplayDocTitleFalse() => AssertOnly(Checkpoints.DisplayDocTitleFalse, Mutate(doc =>
        Catalog(doc).Elements.GetDictionary("/ViewerPreferences")!.Elements["/DisplayDocTitle"] = new PdfBoolean(false)));

    [Fact]
    public void ParagraphInsideTableRow() => AssertOnly(Checkpoints.TableSyntax, Mutate(doc =>
        Element(doc, "TD").Elements["/S"] = new PdfName("/P")), page: 2);

    [Fact]
    public void ParagraphInsideListItem() => AssertOnly(Checkpoints.ListSyntax, Mutate(doc =>
        Element(doc, "LBody").Elements["/S"] = new PdfName("/P")), page: 1);

    [Fact]
    public void ParagraphInsideToc() => AssertOnly(Checkpoints.TocSyntax, Mutate(doc =>
        Element(doc, "TOCI").Elements["/S"] = new PdfName("/P")), page: 1);

    [Fact]
    public void LinkDirectlyInTociBreaksTable333() => AssertOnly(Checkpoints.TocSyntax, Mutate(doc =>
        Element(doc, "Reference").Elements["/S"] = new PdfName("/Link")), page: 1);

    [Fact]
    public void ParagraphInsideLink() => AssertOnly(Checkpoints.BlockInsideLink, Mutate(doc =>
    {
        // The good fixture's P › Span (/Lang cy) becomes Link › P: the shape our contents entries had (TOCI › Link › P).
        var span = Element(doc, "Span");
        var paragraph = (PdfDictionary)((PdfReference)span.Elements["/P"]!).Value;
        paragraph.Elements["/S"] = new PdfName("/Link");
        span.Elements["/S"] = new PdfName("/P");
    }), page: 1);

    [Fact]
    public void ToUnicodeMapsACodeToReplacementCharacter() => AssertOnly(Checkpoints.NoUnicode, Mutate(doc =>
    {
        var font = PageFonts(doc, 0).Single(f => f.Font.Elements.GetName("/Subtype") == "/Type0").Font;
        var cmap = Resolve(font.Elements["/ToUnicode"])!;
        var text = System.Text.Encoding.Latin1.GetString(cmap.Stream.UnfilteredValue);
        // 'ŵ' (U+0175) is shown on page 1 in this font; make its mapping useless.
        var edited = System.Text.RegularExpressions.Regex.Replace(text, "<0175>", "<FFFD>");
        Assert.NotEqual(text, edited);
        SetStream(cmap, edited);
    }), page: 1);

    [Fact]
    public void WordsRunTogetherAtALineWrap()
    {
        var pdf = Mutate(doc => EditContent(doc, 1, c => c.Replace("(This paragraph wraps onto )", "(This paragraph wraps onto)")));
        AssertOnly(Checkpoints.WordsRunTogether, pdf, page: 2);
        Assert.Contains("ontoa second", PdfUaChecker.Check(pdf).Failures.Single().Message);
    }

    [Fact]
    public void CodeUndefinedInWinAnsi() => AssertOnly(Checkpoints.NoUnicode, Mutate(doc =>
        EditContent(doc, 1, c => c.Replace("(Findings) Tj", "(Findings\\201) Tj"))), page: 2);

    [Fact]
    public void WrongLanguageTag() => AssertOnly(Checkpoints.NoLanguage, Mutate(doc => Catalog(doc).Elements["/Lang"] = new PdfString("en_GB")));

    [Fact]
    public void NoLanguage() => AssertOnly(Checkpoints.NoLanguage, Mutate(doc => Catalog(doc).Elements.Remove("/Lang")));

    [Fact]
    public void SpanWithMalformedLanguage() => AssertOnly(Checkpoints.NoLanguage, Mutate(doc =>
        Element(doc, "Span").Elements["/Lang"] = new PdfString("cy_GB")), page: 1);

    [Fact]
    public void FigureWithoutAlt() => AssertOnly(Checkpoints.FigureNoAlt, Mutate(doc =>
    {
        var figure = Element(doc, "Figure");
        figure.Elements.Remove("/Alt");
        figure.Elements.Remove("/ActualText");
    }), page: 2);

    [Fact]
    public void FormulaWithoutAlt() => AssertOnly(Checkpoints.FormulaNoAlt, Mutate(doc =>
    {
        var formula = Element(doc, "Formula");
        formula.Elements.Remove("/Alt");
        formula.Elements.Remove("/ActualText");
    }), page: 2);

    [Fact]
    public void FirstHeadingIsNotH1() => AssertOnly(Checkpoints.FirstHeadingNotH1, Mutate(doc =>
        Element(doc, "H1").Elements["/S"] = new PdfName("/H2")), page: 1);

    [Fact]
    public void HeadingLevelSkipped() => AssertOnly(Checkpoints.HeadingSkipped, Mutate(doc =>
        Element(doc, "H2").Elements["/S"] = new PdfName("/H3")), page: 2);

    [Fact]
    public void HAndNumberedHeadingsMixed() => AssertOnly(Checkpoints.HAndHn, Mutate(doc =>
        Element(doc, "P").Elements["/S"] = new PdfName("/H")), page: 1);

    [Fact]
    public void HeaderCellWithoutScope() => AssertOnly(Checkpoints.ThNoScope, Mutate(doc =>
        Element(doc, "TH", 1).Elements.Remove("/A")), page: 2);

    [Fact]
    public void HeadersInsteadOfScopeIsFine()
    {
        var report = PdfUaChecker.Check(Mutate(doc =>
        {
            foreach (var th in Elements(doc).Where(e => e.Elements.GetName("/S") == "/TH")) th.Elements.Remove("/A");
            var td = Element(doc, "TD");
            var attributes = new PdfDictionary(doc);
            attributes.Elements["/O"] = new PdfName("/Table");
            var headers = new PdfArray(doc);
            headers.Elements.Add(new PdfString("th-standard"));
            attributes.Elements["/Headers"] = headers;
            td.Elements["/A"] = attributes;
        }));
        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void NoteWithoutId() => AssertOnly(Checkpoints.NoteNoId, Mutate(doc => Element(doc, "Note").Elements.Remove("/ID")), page: 2);

    [Fact]
    public void NoteIdUsedTwice() => AssertOnly(Checkpoints.NoteIdNotUnique, Mutate(doc =>
    {
        var span = Element(doc, "Span");
        span.Elements["/S"] = new PdfName("/Note");
        span.Elements["/ID"] = new PdfString(GoodTaggedPdf.NoteId);
    }), page: 2);

    [Fact]
    public void TextAnnotationOutsideTheTree() => AssertOnly(Checkpoints.AnnotNotInAnnotTag, Mutate(doc =>
        AddAnnotation(doc, "/Text", contents: "A comment", inTree: false)), page: 2);

    [Fact]
    public void TextAnnotationWithoutContents() => AssertOnly(Checkpoints.AnnotNoContents, Mutate(doc =>
        AddAnnotation(doc, "/Text", contents: null, inTree: true)), page: 2);

    [Fact]
    public void WidgetOutsideTheTree() => AssertOnly(Checkpoints.WidgetNotInForm, Mutate(doc =>
        AddAnnotation(doc, "/Widget", contents: null, inTree: false)), page: 2);

    [Fact]
    public void PageWithAnnotationsHasNoTabs() => AssertOnly(Checkpoints.NoTabs, Mutate(doc => doc.Pages[1].Elements.Remove("/Tabs")), page: 2);

    [Fact]
    public void PageWithAnnotationsHasRowTabs() => AssertOnly(Checkpoints.TabsNotS, Mutate(doc =>
        doc.Pages[1].Elements["/Tabs"] = new PdfName("/R")), page: 2);

    [Fact]
    public void LinkNotInLinkElement() => AssertOnly(Checkpoints.LinkNotInLinkTag, Mutate(doc =>
        Element(doc, "Link", 1).Elements["/S"] = new PdfName("/Span")), page: 2);

    [Fact]
    public void LinkWithoutStructParent() => AssertOnly(Checkpoints.StructureIntegrity, Mutate(doc =>
        Resolve(Annotations(doc, 1).Elements[0])!.Elements.Remove("/StructParent")), page: 2);

    [Fact]
    public void LinkWithoutContents() => AssertOnly(Checkpoints.LinkNoContents, Mutate(doc =>
        Resolve(Annotations(doc, 1).Elements[0])!.Elements.Remove("/Contents")), page: 2);

    [Fact]
    public void FontNotEmbedded() => AssertOnly(Checkpoints.FontNotEmbedded, Mutate(doc =>
    {
        var regular = PageFonts(doc, 1).First(f => f.Font.Elements.GetName("/BaseFont").EndsWith("Liberation Sans", StringComparison.Ordinal)).Font;
        Descriptor(regular).Elements.Remove("/FontFile2");
    }));

    [Fact]
    public void CompositeFontWithoutToUnicode() => AssertOnly(Checkpoints.FontNoUnicodeMechanism, Mutate(doc =>
        PageFonts(doc, 0).Single(f => f.Font.Elements.GetName("/Subtype") == "/Type0").Font.Elements.Remove("/ToUnicode")), page: 1);

    [Fact]
    public void SymbolicSimpleFontWithoutToUnicode() => AssertOnly(Checkpoints.FontNoUnicodeMechanism, Mutate(doc =>
    {
        var bold = PageFonts(doc, 1).First(f => f.Font.Elements.GetName("/BaseFont").EndsWith("Bold", StringComparison.Ordinal)).Font;
        Descriptor(bold).Elements["/Flags"] = new PdfInteger(4);
    }));

    /// <summary>Adds a form XObject /Fm0 that shows text in the page's font /F0 to a page's resources (not drawn yet).</summary>
    private static void AddTextForm(PdfDocument doc, int pageIndex)
    {
        var resources = doc.Pages[pageIndex].Resources;
        var fonts = new PdfDictionary(doc);
        fonts.Elements["/F0"] = resources.Elements.GetDictionary("/Font")!.Elements["/F0"];
        var formResources = new PdfDictionary(doc);
        formResources.Elements["/Font"] = fonts;
        var form = new PdfDictionary(doc);
        form.Elements["/Type"] = new PdfName("/XObject");
        form.Elements["/Subtype"] = new PdfName("/Form");
        form.Elements["/BBox"] = new PdfArray(doc, new PdfInteger(0), new PdfInteger(0), new PdfInteger(200), new PdfInteger(20));
        form.Elements["/Resources"] = formResources;
        form.CreateStream(System.Text.Encoding.ASCII.GetBytes("BT /F0 11 Tf 0 5 Td (Text in a form XObject. ) Tj ET"));
        doc.Internals.AddObject(form);
        resources.Elements.GetDictionary("/XObject")!.Elements["/Fm0"] = form.Reference;
    }

    /// <summary>Adds an annotation to page 2, optionally hung from a new Annot (or Form) element under the Document element.</summary>
    private static void AddAnnotation(PdfDocument doc, string subtype, string? contents, bool inTree)
    {
        var page = doc.Pages[1];
        var annotation = new PdfDictionary(doc);
        annotation.Elements["/Type"] = new PdfName("/Annot");
        annotation.Elements["/Subtype"] = new PdfName(subtype);
        annotation.Elements["/Rect"] = new PdfArray(doc, new PdfInteger(100), new PdfInteger(100), new PdfInteger(120), new PdfInteger(120));
        if (contents is not null) annotation.Elements["/Contents"] = new PdfString(contents);
        doc.Internals.AddObject(annotation);
        page.Elements.GetArray("/Annots")!.Elements.Add(annotation.Reference!);
        if (!inTree) return;

        var document = Elements(doc).First();
        var objr = new PdfDictionary(doc);
        objr.Elements["/Type"] = new PdfName("/OBJR");
        objr.Elements["/Obj"] = annotation.Reference!;
        objr.Elements["/Pg"] = page.Reference!;
        var element = new PdfDictionary(doc);
        element.Elements["/Type"] = new PdfName("/StructElem");
        element.Elements["/S"] = new PdfName(subtype == "/Widget" ? "/Form" : "/Annot");
        element.Elements["/P"] = document.Reference!;
        element.Elements["/Pg"] = page.Reference!;
        element.Elements["/K"] = objr;
        doc.Internals.AddObject(element);
        var kids = document.Elements["/K"] is PdfReference r ? (PdfArray)r.Value : (PdfArray)document.Elements["/K"]!;
        kids.Elements.Add(element.Reference!);

        // And the way back: annotation /StructParent -> ParentTree -> element.
        var root = StructTreeRoot(doc);
        var nums = root.Elements.GetDictionary("/ParentTree")!.Elements.GetArray("/Nums")!;
        var key = nums.Elements.Where((_, i) => i % 2 == 0).Select(k => ((PdfInteger)k).Value).Max() + 1;
        nums.Elements.Add(new PdfInteger(key));
        nums.Elements.Add(element.Reference!);
        root.Elements["/ParentTreeNextKey"] = new PdfInteger(key + 1);
        annotation.Elements["/StructParent"] = new PdfInteger(key);
    }
}
