using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;

namespace ReportBuilder.Pdf.Tests;

public class NavigationTests
{
    static readonly byte[] Pdf = Sample.Render(Sample.TwoPages);
    const double PageHeight = 841.8898;

    [Fact]
    public void Internal_link_lands_on_the_target_page_at_the_anchor()
    {
        using var pdf = PdfDocument.Open(Pdf);
        var link = pdf.GetPage(1).GetAnnotations().Single(a => a.Type == AnnotationType.Link && a.Content == "Go to the findings");
        var dest = ((GoToAction)link.Action!).Destination;
        Assert.Equal(2, dest.PageNumber);
        Assert.Equal(PageHeight - 150, dest.Coordinates.Top!.Value, 0.01);
        // The clickable area is where the engine said, flipped into PDF space.
        Assert.Equal(180, link.Rectangle.Left, 0.01);
        Assert.Equal(PageHeight - 147, link.Rectangle.Bottom, 0.01);
    }

    [Fact]
    public void External_link_carries_its_uri()
    {
        using var pdf = PdfDocument.Open(Pdf);
        var link = pdf.GetPage(2).GetAnnotations().Single(a => a.Type == AnnotationType.Link);
        Assert.Equal("https://www.justiceinspectorates.gov.uk/hmiprobation/", ((UriAction)link.Action!).Uri);
        Assert.Equal("HM Inspectorate of Probation website", link.Content);
    }

    [Fact]
    public void Link_to_a_later_page_is_resolved_although_that_page_did_not_exist_when_drawn()
    {
        // The sample links from page 1 to page 2 before page 2 is begun.
        using var pdf = PdfDocument.Open(Pdf);
        var targets = pdf.GetPage(1).GetAnnotations().Select(a => a.Action).OfType<GoToAction>().Select(g => g.Destination.PageNumber);
        Assert.Contains(2, targets);
    }

    [Fact]
    public void Bookmarks_mirror_the_description_nested_with_page_and_position()
    {
        using var pdf = PdfDocument.Open(Pdf);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(["Foreword", "Findings"], roots.Select(r => r.Title));
        Assert.Equal([1, 2], roots.Select(r => r.PageNumber));
        Assert.Equal(PageHeight - 150, roots[1].Destination.Coordinates.Top!.Value, 0.01);
        var child = Assert.IsType<DocumentBookmarkNode>(Assert.Single(roots[0].Children));
        Assert.Equal("Ratings", child.Title);
        Assert.Equal(PageHeight - 300, child.Destination.Coordinates.Top!.Value, 0.01);
    }

    [Fact]
    public void Anchors_become_named_destinations()
    {
        var doc = PdfStructure.Open(Pdf);
        var names = doc.Internals.Catalog.Elements.GetDictionary("/Names")!.Elements.GetDictionary("/Dests")!;
        var flat = names.Elements.GetArray("/Names")!;
        var map = new Dictionary<string, PdfSharp.Pdf.PdfArray>();
        for (var i = 0; i + 1 < flat.Elements.Count; i += 2)
        {
            var key = ((PdfSharp.Pdf.PdfString)flat.Elements[i]).Value;
            var value = PdfStructure.Resolve(flat.Elements[i + 1]);
            if (value is PdfSharp.Pdf.PdfDictionary d) value = PdfStructure.Resolve(d.Elements["/D"]);
            map[key] = (PdfSharp.Pdf.PdfArray)value!;
        }
        Assert.Equal(["findings", "foreword"], map.Keys.Order());
        var findings = map["findings"];
        Assert.Equal(doc.Pages[1].Reference!.ObjectNumber, ((PdfSharp.Pdf.Advanced.PdfReference)findings.Elements[0]).ObjectNumber);
        Assert.Equal(PageHeight - 150, Number(findings.Elements[3]), 0.01);
    }

    static double Number(PdfSharp.Pdf.PdfItem item) => item switch
    {
        PdfSharp.Pdf.PdfReal r => r.Value,
        PdfSharp.Pdf.PdfInteger i => i.Value,
        _ => throw new InvalidCastException($"Not a number: {item}"),
    };

    [Fact]
    public void A_link_to_a_page_that_does_not_exist_is_reported()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Sample.Render(c =>
        {
            c.BeginDocument(Sample.Description with { Bookmarks = [] });
            c.BeginPage(Layout.Drawing.Size.A4);
            c.BeginStructure(new Layout.Drawing.StructureElement(Layout.Drawing.StructureRole.Paragraph));
            c.BeginLink(new Layout.Drawing.Rect(0, 0, 10, 10), Layout.Drawing.LinkTarget.Internal("nowhere", 5, 0), null);
            c.DrawText("x", TestFonts.Regular, 10, Layout.Drawing.Color.Black, new Layout.Drawing.Point(1, 9));
            c.EndLink();
            c.EndStructure();
            c.EndPage();
            c.EndDocument();
        }));
        Assert.Contains("nowhere", ex.Message);
        Assert.Contains("page index 5", ex.Message);
    }
}
