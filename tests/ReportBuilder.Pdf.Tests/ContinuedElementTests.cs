using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Pdf.Tests;

/// <summary>
/// A table row split across pages, drawn as the engine draws it: cell A's part, then cell B's, on each page, the same
/// engine elements begun again on the second page. The tree must hold one TR, one TD a cell and one P a paragraph.
/// </summary>
public class ContinuedElementTests
{
    static readonly byte[] Pdf = Sample.Render(c =>
    {
        var black = Color.Black;
        c.BeginDocument(Sample.Description with { PageCount = 2, Bookmarks = [] });
        c.BeginStructure(new StructureElement(StructureRole.Document));
        var table = new StructureElement(StructureRole.Table);
        var row = new StructureElement(StructureRole.TableRow);
        var (cellA, cellB) = (new StructureElement(StructureRole.TableDataCell), new StructureElement(StructureRole.TableDataCell));
        var (textA, textB) = (new StructureElement(StructureRole.Paragraph), new StructureElement(StructureRole.Paragraph));
        var link = LinkTarget.External("https://example.org/b");
        for (int page = 0; page < 2; page++)
        {
            c.BeginPage(Size.A4);
            if (page == 0) c.BeginStructure(table);
            c.BeginStructure(row);
            c.BeginStructure(cellA);
            c.BeginStructure(textA);
            c.DrawText(page == 0 ? "first half of A " : "second half of A", TestFonts.Regular, 11, black, new Point(72, 780 - 700 * page));
            c.EndStructure();
            c.EndStructure();
            c.BeginStructure(cellB);
            c.BeginStructure(textB);
            c.DrawText(page == 0 ? "first half of B " : "second half of B ", TestFonts.Regular, 11, black, new Point(300, 780 - 700 * page));
            if (page == 1)
            {
                c.BeginLink(new Rect(300, 90, 60, 14), link, "B's link");
                c.DrawText("link", TestFonts.Regular, 11, black, new Point(300, 100));
                c.EndLink();
            }
            c.EndStructure();
            c.EndStructure();
            c.EndStructure();
            c.EndPage();
        }
        c.EndStructure();
        c.EndStructure();
        c.EndDocument();
    });

    [Fact]
    public void A_split_row_is_one_TR_whose_cells_each_hold_one_P_on_both_pages()
    {
        var doc = PdfStructure.Open(Pdf);
        var table = Assert.Single(Assert.Single(PdfStructure.Root(doc).Children).Children);
        Assert.Equal("Table", table.Type);
        var row = Assert.Single(table.Children);
        Assert.Equal("TR", row.Type);
        Assert.Equal(["TD", "TD"], row.Children.Select(c => c.Type));
        foreach (var cell in row.Children)
        {
            var paragraph = Assert.Single(cell.Children.Where(c => c.Type == "P"));
            Assert.Equal([0, 1], paragraph.Pages(doc).Distinct().Order());
            Assert.Same(cell.Dictionary, PdfStructure.Resolve(paragraph.Dictionary.Elements["/P"]));
        }
        // The link drawn in B's second part now sits in B's one P, after its text.
        var b = row.Children[1].Children.Single(c => c.Type == "P");
        Assert.Equal("Link", b.Children.Single().Type);
        Assert.Same(b.Dictionary, PdfStructure.Resolve(b.Children.Single().Dictionary.Elements["/P"]));
    }

    [Fact]
    public void Every_marked_content_still_maps_back_to_its_element()
    {
        // Two texts a cell and the link's text.
        Assert.Equal(5, PdfStructure.CheckParentTree(PdfStructure.Open(Pdf)));
    }
}
