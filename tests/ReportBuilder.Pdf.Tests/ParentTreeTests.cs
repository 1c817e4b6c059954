using PdfSharp.Pdf;
using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Pdf.Tests;

/// <summary>
/// The /ParentTree of a long document: the writer puts finished pages' entries aside while drawing (PDFsharp scans the
/// whole tree for every marked content) and back before saving, so the saved tree must still be whole and in order.
/// </summary>
public class ParentTreeTests
{
    const int Pages = 12;

    // Each page: a paragraph split from the page before (a /K entry on another page), a link (an annotation with its own
    // key between the pages' keys) and a paragraph of its own.
    static readonly byte[] Pdf = Sample.Render(c =>
    {
        c.BeginDocument(Sample.Description with { PageCount = Pages, Bookmarks = [] });
        c.BeginStructure(new StructureElement(StructureRole.Document));
        c.BeginStructure(new StructureElement(StructureRole.Paragraph));
        for (int page = 0; page < Pages; page++)
        {
            c.BeginPage(Size.A4);
            c.DrawText($"end of a paragraph begun before page {page + 1}", TestFonts.Regular, 11, Color.Black, new Point(72, 80));
            c.EndStructure();
            c.BeginStructure(new StructureElement(StructureRole.Paragraph));
            c.BeginLink(new Rect(72, 100, 100, 14), LinkTarget.External($"https://example.org/{page}"), $"Page {page + 1} link");
            c.DrawText($"link {page + 1}", TestFonts.Regular, 11, Color.Black, new Point(72, 110));
            c.EndLink();
            c.EndStructure();
            c.BeginStructure(new StructureElement(StructureRole.Paragraph));
            c.DrawText($"start of a paragraph on page {page + 1}", TestFonts.Regular, 11, Color.Black, new Point(72, 780));
            c.EndPage();
        }
        c.EndStructure();
        c.EndStructure();
        c.EndDocument();
    });

    static (PdfDocument Doc, PdfArray Nums, int NextKey) Tree()
    {
        var doc = PdfStructure.Open(Pdf);
        var root = doc.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!;
        var parentTree = (PdfDictionary)PdfStructure.Resolve(root.Elements["/ParentTree"])!;
        return (doc, (PdfArray)PdfStructure.Resolve(parentTree.Elements["/Nums"])!, root.Elements.GetInteger("/ParentTreeNextKey"));
    }

    [Fact]
    public void Keys_run_from_zero_in_order_one_per_page_and_per_link()
    {
        var (_, nums, nextKey) = Tree();
        var keys = Enumerable.Range(0, nums.Elements.Count / 2).Select(i => nums.Elements.GetInteger(2 * i)).ToList();
        Assert.Equal(Enumerable.Range(0, nextKey), keys);
        Assert.Equal(2 * Pages, nextKey); // a page and a link each
    }

    [Fact]
    public void Every_marked_content_of_every_page_maps_back_to_the_element_that_owns_it()
    {
        // The paragraph ending, the link and the paragraph beginning, on each page.
        Assert.Equal(3 * Pages, PdfStructure.CheckParentTree(PdfStructure.Open(Pdf)));
    }
}
