using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.TestEngine;

namespace ReportBuilder.Layout.Tests.Text;

/// <summary>What a screen reader meets in the tagged text: artifact runs left out, word boundaries kept, contents entries well formed.</summary>
public class TaggedTextTests
{
    [Fact]
    public void ArtifactRun_IsDrawnOutsideTheTree_AndTheSpaceAfterItStaysText()
    {
        var (canvas, _) = Render.Content(c => c.Paragraph(p =>
        {
            p.Span("Rated Good");
            p.Span("\u00A0*").Artifact();
            p.Span(" overall.");
        }));
        var symbol = Assert.Single(canvas.Texts, t => t.Text.Contains('*'));
        Assert.Equal(ArtifactKind.Layout, symbol.Artifact);
        Assert.Null(symbol.Structure);
        Assert.Equal("\u00A0*", symbol.Text);
        var paragraph = Assert.Single(canvas.AllStructures, s => s.Role == StructureRole.Paragraph);
        Assert.Equal("Rated Good overall.", paragraph.AllText);
    }

    [Fact]
    public void ArtifactRun_IsDrawnWhereAPlainRunWouldBe()
    {
        static List<(string, Point)> Drawn(bool artifact) => Render.Content(c => c.Paragraph(p =>
        {
            p.Span("Outstanding");
            // Another face, as a rating symbol has, so that the plain run is drawn as a group of its own too.
            var symbol = p.Span("\u00A0*").FontFamily("DejaVu Sans");
            if (artifact) symbol.Artifact();
            p.Span(" and more words after it");
        })).Canvas.Texts.Where(t => t.Text.Trim().Length > 0).Select(t => (t.Text.TrimEnd(), t.Origin)).ToList();
        Assert.Equal(Drawn(false), Drawn(true));
    }

    [Fact]
    public void LineFeed_InsideAParagraph_ReadsAsASpace()
    {
        var (canvas, _) = Render.Content(c => c.Paragraph(p => p.Span("HM Inspectorate of Probation\n1st Floor\nManchester")));
        var paragraph = Assert.Single(canvas.AllStructures, s => s.Role == StructureRole.Paragraph);
        Assert.Equal("HM Inspectorate of Probation 1st Floor Manchester", paragraph.AllText);
    }

    [Fact]
    public void ParagraphWithoutRole_IsTheEnclosingElementsText()
    {
        var (canvas, _) = Render.Content(c => c.Structure(StructureRole.Reference).Paragraph(p => p.Role(null).Span("Foreword")));
        var reference = Assert.Single(canvas.AllStructures, s => s.Role == StructureRole.Reference);
        Assert.Empty(reference.Children);
        Assert.Equal("Foreword", reference.AllText);
    }

    [Fact]
    public void ContentsEntries_AreToci_Reference_Link()
    {
        var (canvas, _) = Render.Content(c => c.Column(col =>
        {
            col.Item().TableOfContents(2);
            col.Item().Heading(1, "Findings", "findings");
        }));
        var item = Assert.Single(canvas.AllStructures, s => s.Role == StructureRole.TableOfContentsItem);
        var reference = Assert.Single(item.Children);
        Assert.Equal(StructureRole.Reference, reference.Role);
        Assert.Equal(StructureRole.Link, Assert.Single(reference.Children).Role);
    }
}
