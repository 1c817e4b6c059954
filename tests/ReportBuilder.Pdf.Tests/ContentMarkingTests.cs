using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportBuilder.Pdf.Tests;

/// <summary>Reads page content streams and checks what every text-showing operator sits in.</summary>
public class ContentMarkingTests
{
    sealed record Shown(string Context, int Page, string Text);

    /// <summary>For each page's letters: the chain of marked content around it (PdfPig reads BDC/EMC).</summary>
    static List<Shown> TextContexts(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        var result = new List<Shown>();
        foreach (var page in doc.GetPages())
        {
            var marked = new HashSet<Letter>(ReferenceEqualityComparer.Instance);
            foreach (var mc in page.GetMarkedContents())
                Collect(mc, "", page.Number - 1, result, marked);
            var bare = page.Letters.Where(l => !marked.Contains(l) && !string.IsNullOrWhiteSpace(l.Value)).ToList();
            if (bare.Count > 0)
                result.Add(new Shown("(none)", page.Number - 1, string.Concat(bare.Select(l => l.Value))));
        }
        return result;
    }

    static void Collect(MarkedContentElement mc, string outer, int page, List<Shown> result, HashSet<Letter> marked)
    {
        var context = outer + "/" + mc.Tag
            + (mc.MarkedContentIdentifier >= 0 ? $"<MCID {mc.MarkedContentIdentifier}>" : "")
            + (mc is ArtifactMarkedContentElement a ? $"<{a.Type} {a.SubType}>" : "");
        if (mc.Letters.Count > 0)
            result.Add(new Shown(context, page, string.Concat(mc.Letters.Select(l => l.Value))));
        foreach (var l in mc.Letters) marked.Add(l);
        foreach (var child in mc.Children) Collect(child, context, page, result, marked);
    }

    [Fact]
    public void Every_text_is_in_marked_content_with_an_MCID_or_in_an_artifact()
    {
        var contexts = TextContexts(Sample.Render(Sample.TwoPages));
        Assert.NotEmpty(contexts);
        Assert.All(contexts, c => Assert.True(
            c.Context.Contains("/Artifact", StringComparison.Ordinal) || c.Context.Contains("MCID", StringComparison.Ordinal),
            $"Text '{c.Text}' on page {c.Page + 1} is in '{c.Context}'"));
    }

    [Fact]
    public void Headers_and_footers_are_pagination_artifacts_with_their_subtype()
    {
        var contexts = TextContexts(Sample.Render(Sample.TwoPages)).Where(c => c.Context.Contains("/Artifact", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, contexts.Count); // header, footer and watermark text on each of two pages
        Assert.Equal(2, contexts.Count(c => c.Context.Contains("Pagination Header")));
        Assert.Equal(2, contexts.Count(c => c.Context.Contains("Pagination Footer")));
        Assert.Equal(2, contexts.Count(c => c.Context.Contains("Pagination Watermark")));
    }

    [Fact]
    public void Artifact_text_is_not_in_the_structure_tree()
    {
        var pdf = Sample.Render(Sample.TwoPages);
        var marked = TextContexts(pdf).Count(c => c.Context.Contains("MCID", StringComparison.Ordinal));
        // MCIDs in the tree, one per marked-content sequence; every one holds drawing, none artifacts.
        var tree = PdfStructure.Root(PdfStructure.Open(pdf));
        var mcids = tree.Descendants().Sum(n => n.Content.Count(c => c is PdfSharp.Pdf.PdfInteger || (c is PdfSharp.Pdf.PdfDictionary d && d.Elements.GetName("/Type") == "/MCR")));
        Assert.True(mcids > 0);
        Assert.True(marked >= 1);
        var allText = string.Join(" ", tree.Descendants().Select(n => n.Type));
        Assert.DoesNotContain("Artifact", allText);
    }

    [Theory]
    [InlineData(Layout.Drawing.ArtifactKind.Watermark, "<Pagination Watermark>")]
    [InlineData(Layout.Drawing.ArtifactKind.Layout, "<Layout ")]
    [InlineData(Layout.Drawing.ArtifactKind.Background, "<Background ")]
    public void Other_artifact_kinds_are_typed(Layout.Drawing.ArtifactKind kind, string expected)
    {
        var pdf = Sample.Render(c =>
        {
            c.BeginDocument(Sample.Description with { Bookmarks = [] });
            c.BeginPage(Layout.Drawing.Size.A4);
            c.BeginArtifact(kind);
            c.DrawText("DRAFT", TestFonts.Bold, 60, Layout.Drawing.Color.Parse("#FF000040"), new Layout.Drawing.Point(200, 400));
            c.EndArtifact();
            c.EndPage();
            c.EndDocument();
        });
        var context = Assert.Single(TextContexts(pdf)).Context;
        Assert.StartsWith("/Artifact", context);
        Assert.Contains(expected, context);
    }

    [Fact]
    public void Shapes_drawn_outside_any_element_become_layout_artifacts()
    {
        var pdf = Sample.Render(c =>
        {
            c.BeginDocument(Sample.Description with { Bookmarks = [] });
            c.BeginPage(Layout.Drawing.Size.A4);
            c.DrawRectangle(new Layout.Drawing.Rect(10, 10, 50, 50), new Layout.Drawing.Paint(Layout.Drawing.Color.Black));
            c.EndPage();
            c.EndDocument();
        });
        using var doc = PdfDocument.Open(pdf);
        var mc = Assert.Single(doc.GetPage(1).GetMarkedContents());
        var artifact = Assert.IsType<ArtifactMarkedContentElement>(mc);
        Assert.Equal(ArtifactMarkedContentElement.ArtifactType.Layout, artifact.Type);
        Assert.NotEmpty(artifact.Paths);
    }

    [Fact]
    public void Text_outside_any_element_or_artifact_is_refused()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Sample.Render(c =>
        {
            c.BeginDocument(Sample.Description with { Bookmarks = [] });
            c.BeginPage(Layout.Drawing.Size.A4);
            c.DrawText("stray", TestFonts.Regular, 10, Layout.Drawing.Color.Black, new Layout.Drawing.Point(72, 72));
        }));
        Assert.Contains("stray", ex.Message);
    }
}
