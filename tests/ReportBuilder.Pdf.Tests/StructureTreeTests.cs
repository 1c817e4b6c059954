using PdfSharp.Pdf;

namespace ReportBuilder.Pdf.Tests;

public class StructureTreeTests
{
    static readonly byte[] Pdf = Sample.Render(Sample.TwoPages);

    static (PdfDocument Doc, StructNode Document) Tree()
    {
        var doc = PdfStructure.Open(Pdf);
        var root = PdfStructure.Root(doc);
        return (doc, Assert.Single(root.Children));
    }

    [Fact]
    public void Root_is_one_Document_holding_the_blocks_in_reading_order()
    {
        var (_, document) = Tree();
        Assert.Equal("Document", document.Type);
        Assert.Equal(["H1", "P", "Table", "L", "Figure", "P", "H1", "Note", "P"], document.Children.Select(c => c.Type));
    }

    [Fact]
    public void Header_cells_carry_their_scope_and_spans_in_table_attributes()
    {
        var (_, document) = Tree();
        var table = document.Children.Single(c => c.Type == "Table");
        var rows = table.Children;
        Assert.All(rows, r => Assert.Equal("TR", r.Type));
        Assert.Equal(["TH", "TH"], rows[0].Children.Select(c => c.Type));
        Assert.Equal(["TH", "TD"], rows[1].Children.Select(c => c.Type));
        Assert.Equal("/Column", rows[0].Children[0].TableAttributes!.Elements.GetName("/Scope"));
        Assert.Equal(2, rows[0].Children[1].TableAttributes!.Elements.GetInteger("/ColSpan"));
        Assert.Equal("/Row", rows[1].Children[0].TableAttributes!.Elements.GetName("/Scope"));
    }

    [Fact]
    public void List_has_items_with_label_and_body()
    {
        var (_, document) = Tree();
        var list = document.Children.Single(c => c.Type == "L");
        var item = Assert.Single(list.Children);
        Assert.Equal("LI", item.Type);
        Assert.Equal(["Lbl", "LBody"], item.Children.Select(c => c.Type));
    }

    [Fact]
    public void Figure_has_alternative_text_and_a_bounding_box_around_what_was_drawn()
    {
        var (_, document) = Tree();
        var figure = document.Children.Single(c => c.Type == "Figure");
        Assert.Equal("Bar chart: 80% of children felt safe.", figure.Text("/Alt"));
        var layout = (PdfDictionary)PdfStructure.Resolve(figure.Dictionary.Elements["/A"])!;
        var bbox = layout.Elements.GetRectangle("/BBox");
        // Drawn from x 72 to 380, y 420 to 460 (top-down) on an A4 page 841.89 pt high.
        Assert.Equal(72, bbox.X1, 0.01);
        Assert.Equal(380, bbox.X2, 0.01);
        Assert.Equal(841.8898 - 460, bbox.Y1, 0.01);
        Assert.Equal(841.8898 - 420, bbox.Y2, 0.01);
    }

    [Fact]
    public void Figure_bounding_box_includes_its_text_labels()
    {
        var bytes = Sample.Render(c =>
        {
            c.BeginDocument(Sample.Description with { Bookmarks = [] });
            c.BeginPage(Layout.Drawing.Size.A4);
            c.BeginStructure(new Layout.Drawing.StructureElement(Layout.Drawing.StructureRole.Figure) { AlternateText = "Chart" });
            c.DrawRectangle(new Layout.Drawing.Rect(100, 200, 50, 50), new Layout.Drawing.Paint(Layout.Drawing.Color.Black));
            // A label to the right of and below the bar: 'Children' in 10 pt is about 38 pt wide.
            c.DrawText("Children", TestFonts.Regular, 10, Layout.Drawing.Color.Black, new Layout.Drawing.Point(160, 270));
            c.EndStructure();
            c.EndPage();
            c.EndDocument();
        });
        var figure = Assert.Single(PdfStructure.Root(PdfStructure.Open(bytes)).Descendants(), n => n.Type == "Figure");
        Assert.Equal("Chart", figure.Text("/Alt"));
        var bbox = ((PdfDictionary)PdfStructure.Resolve(figure.Dictionary.Elements["/A"])!).Elements.GetRectangle("/BBox");
        Assert.Equal(100, bbox.X1, 0.01);
        Assert.InRange(bbox.X2, 160 + 35, 160 + 42);
        Assert.Equal(841.8898 - 250, bbox.Y2 - 50, 0.01); // top edge from the bar
        Assert.True(bbox.Y1 < 841.8898 - 270, "the label's baseline lies inside the box");
    }

    [Fact]
    public void Note_and_reference_carry_their_ids()
    {
        var (_, document) = Tree();
        Assert.Equal("note-1", document.Children.Single(c => c.Type == "Note").Text("/ID"));
        var reference = document.Descendants().Single(c => c.Type == "Reference");
        Assert.Equal("ref-1", reference.Text("/ID"));
    }

    [Fact]
    public void Links_hold_their_annotation_as_OBJR_and_their_text()
    {
        var (doc, document) = Tree();
        var links = document.Descendants().Where(c => c.Type == "Link").ToList();
        Assert.Equal(2, links.Count);
        foreach (var link in links)
        {
            var objr = link.Content.OfType<PdfDictionary>().Single(d => d.Elements.GetName("/Type") == "/OBJR");
            var annot = (PdfDictionary)PdfStructure.Resolve(objr.Elements["/Obj"])!;
            Assert.Equal("/Link", annot.Elements.GetName("/Subtype"));
            Assert.Contains(link.Content, c => c is PdfInteger); // the drawn text's MCID
            Assert.False(string.IsNullOrEmpty(annot.Elements.GetString("/Contents")));
            Assert.Equal(4, annot.Elements.GetInteger("/F")); // Print
        }
    }

    [Fact]
    public void A_paragraph_split_across_a_page_break_is_one_P_with_content_on_both_pages()
    {
        var (doc, document) = Tree();
        var split = document.Children.Where(c => c.Type == "P").ElementAt(1);
        Assert.Equal([0, 1], split.Pages(doc).Distinct().Order());
    }

    [Fact]
    public void Document_language_title_and_viewer_preferences_are_set()
    {
        var doc = PdfStructure.Open(Pdf);
        var catalog = doc.Internals.Catalog;
        Assert.Equal("en-GB", catalog.Elements.GetString("/Lang"));
        Assert.True(catalog.Elements.GetDictionary("/MarkInfo")!.Elements.GetBoolean("/Marked"));
        Assert.True(catalog.Elements.GetDictionary("/ViewerPreferences")!.Elements.GetBoolean("/DisplayDocTitle"));
        Assert.Equal(Sample.Description.Title, doc.Info.Title);
        Assert.All(Enumerable.Range(0, doc.PageCount), i => Assert.Equal("/S", doc.Pages[i].Elements.GetName("/Tabs")));
    }

    [Fact]
    public void Text_drawn_straight_into_grouping_elements_is_in_the_tree()
    {
        // PDFsharp's own grouping items mark no content; TOCI and Caption text must still be tagged.
        var bytes = Sample.Render(c =>
        {
            c.BeginDocument(Sample.Description with { Bookmarks = [] });
            c.BeginStructure(new Layout.Drawing.StructureElement(Layout.Drawing.StructureRole.Document));
            c.BeginPage(Layout.Drawing.Size.A4);
            c.BeginStructure(new Layout.Drawing.StructureElement(Layout.Drawing.StructureRole.Section));
            c.BeginStructure(new Layout.Drawing.StructureElement(Layout.Drawing.StructureRole.TableOfContents));
            c.BeginStructure(new Layout.Drawing.StructureElement(Layout.Drawing.StructureRole.TableOfContentsItem));
            c.DrawText("Foreword .... 3", TestFonts.Regular, 10, Layout.Drawing.Color.Black, new Layout.Drawing.Point(72, 72));
            c.EndStructure();
            c.EndStructure();
            c.BeginStructure(new Layout.Drawing.StructureElement(Layout.Drawing.StructureRole.Caption));
            c.DrawText("Figure 1: survey", TestFonts.Italic, 9, Layout.Drawing.Color.Black, new Layout.Drawing.Point(72, 100));
            c.EndStructure();
            c.EndStructure();
            c.EndPage();
            c.EndStructure();
            c.EndDocument();
        });
        var document = Assert.Single(PdfStructure.Root(PdfStructure.Open(bytes)).Children);
        var sect = Assert.Single(document.Children);
        Assert.Equal("Sect", sect.Type);
        Assert.Equal(["TOC", "Caption"], sect.Children.Select(c => c.Type));
        var toci = Assert.Single(sect.Children[0].Children);
        Assert.Equal("TOCI", toci.Type);
        Assert.Contains(toci.Content, k => k is PdfInteger);
        Assert.Contains(sect.Children[1].Content, k => k is PdfInteger);
    }

    [Fact]
    public void Unbalanced_calls_are_refused_with_what_was_open()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Sample.Render(c =>
        {
            c.BeginDocument(Sample.Description with { Bookmarks = [] });
            c.BeginPage(Layout.Drawing.Size.A4);
            c.BeginStructure(new Layout.Drawing.StructureElement(Layout.Drawing.StructureRole.Paragraph));
            c.BeginLink(new Layout.Drawing.Rect(0, 0, 10, 10), Layout.Drawing.LinkTarget.External("https://example.org"), null);
            c.EndStructure();
        }));
        Assert.Contains("EndStructure", ex.Message);
        Assert.Contains("Link", ex.Message);
        var open = Assert.Throws<InvalidOperationException>(() => Sample.Render(c =>
        {
            c.BeginDocument(Sample.Description with { Bookmarks = [] });
            c.BeginPage(Layout.Drawing.Size.A4);
            c.BeginStructure(new Layout.Drawing.StructureElement(Layout.Drawing.StructureRole.Paragraph));
            c.EndPage();
            c.EndDocument();
        }));
        Assert.Contains("still open", open.Message);
    }

    [Fact]
    public void Element_attributes_are_written_where_given()
    {
        var bytes = Sample.Render(c =>
        {
            c.BeginDocument(Sample.Description with { Bookmarks = [] });
            c.BeginPage(Layout.Drawing.Size.A4);
            c.BeginStructure(new Layout.Drawing.StructureElement(Layout.Drawing.StructureRole.Span)
            {
                Language = "cy-GB", ActualText = "rating: good", ExpandedText = "Youth Offending Team", Title = "Croeso", AlternateText = "a star",
            });
            c.DrawText("YOT", TestFonts.Regular, 10, Layout.Drawing.Color.Black, new Layout.Drawing.Point(72, 72));
            c.EndStructure();
            c.EndPage();
            c.EndDocument();
        });
        var span = Assert.Single(PdfStructure.Root(PdfStructure.Open(bytes)).Descendants(), n => n.Type == "Span");
        Assert.Equal("cy-GB", span.Text("/Lang"));
        Assert.Equal("rating: good", span.Text("/ActualText"));
        Assert.Equal("Youth Offending Team", span.Text("/E"));
        Assert.Equal("Croeso", span.Text("/T"));
        Assert.Equal("a star", span.Text("/Alt"));
    }
}
