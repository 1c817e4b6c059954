using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;
using ReportBuilder.Layout.Tests.TestEngine;

namespace ReportBuilder.Layout.Tests.LayoutTests;

/// <summary>Pagination rules, asserted page by page on a 300×400 pt page with 20 pt margins (body 360 pt).</summary>
public class FlowTests
{
    private const double Body = 360;
    private static readonly double Line = 11 * TestFonts.Collection.Resolve("Liberation Sans", false, false).Metrics.LineSpacing;

    private static string SixLines() => Render.Words(60, 3); // about six lines at 260 pt

    [Fact]
    public void Paragraph_MovesWhole_WhenOnlyOneLineWouldFitAtThePageFoot()
    {
        var (canvas, _) = Render.Content(c => c.Column(col =>
        {
            col.Item().Spacer(Body - Line * 1.5);
            col.Item().Paragraph(p => p.Span(SixLines()));
        }));
        var p = Assert.Single(Inspect.Paragraphs(canvas));
        Assert.Equal([1], Inspect.LinesPerPage(p).Keys.ToList());
    }

    [Fact]
    public void Paragraph_LeavesTwoLinesForTheNextPage_InsteadOfAWidow()
    {
        var (alone, _) = Render.Content(c => c.Paragraph(p => p.Span(SixLines())));
        int total = Inspect.LinesPerPage(Assert.Single(Inspect.Paragraphs(alone)))[0];
        Assert.True(total >= 5);
        // Room for all lines but one: the last line alone would be a widow.
        var (canvas, _) = Render.Content(c => c.Column(col =>
        {
            col.Item().Spacer(Body - Line * (total - 0.5));
            col.Item().Paragraph(p => p.Span(SixLines()));
        }));
        var lines = Inspect.LinesPerPage(Assert.Single(Inspect.Paragraphs(canvas)));
        Assert.Equal(total, lines.Values.Sum());
        Assert.Equal(total - 2, lines[0]);
        Assert.Equal(2, lines[1]);
    }

    [Fact]
    public void ManyParagraphs_NeverLeaveASingleLineAtTheFootOrHeadOfAPage()
    {
        var (canvas, result) = Render.Content(c => c.Column(col =>
        {
            col.Spacing(4);
            for (int i = 0; i < 40; i++) col.Item().Paragraph(p => p.Span(Render.Words(10 + i * 7 % 50, i)));
        }));
        Assert.True(result.PageCount > 4);
        foreach (var p in Inspect.Paragraphs(canvas))
        {
            var lines = Inspect.LinesPerPage(p);
            if (lines.Count > 1) Assert.All(lines.Values, n => Assert.True(n >= 2, $"{p}: {string.Join(",", lines)}"));
        }
    }

    [Fact]
    public void Heading_MovesToTheNextPage_WhenItsParagraphCannotStartBelowIt()
    {
        var (canvas, _) = Render.Content(c => c.Column(col =>
        {
            col.Item().Spacer(Body - 60);
            col.Item().Heading(2, "Keep me with my text");
            col.Item().Paragraph(p => p.Span(SixLines()));
        }));
        Assert.Equal([1], Inspect.PagesOf(canvas, "Keep me with my text"));
        Assert.Equal([1], Inspect.LinesPerPage(Assert.Single(Inspect.Paragraphs(canvas))).Keys.ToList());
    }

    [Fact]
    public void ChainedHeadings_AllMoveWithTheText()
    {
        var (canvas, _) = Render.Content(c => c.Column(col =>
        {
            col.Item().Spacer(Body - 75);
            col.Item().Heading(2, "Chapter");
            col.Item().Heading(3, "Section");
            col.Item().Paragraph(p => p.Span(SixLines()));
        }));
        Assert.Equal([1], Inspect.PagesOf(canvas, "Chapter"));
        Assert.Equal([1], Inspect.PagesOf(canvas, "Section"));
    }

    [Fact]
    public void KeepTogether_MovesAGroupWhole()
    {
        var (canvas, _) = Render.Content(c => c.Column(col =>
        {
            col.Item().Spacer(Body - 40);
            col.Item().KeepTogether().Column(g =>
            {
                g.Item().Text("group start");
                g.Item().Text("middle");
                g.Item().Text("group end");
                g.Item().Text("after end");
            });
        }));
        Assert.Equal([1], Inspect.PagesOf(canvas, "group start"));
        Assert.Equal([1], Inspect.PagesOf(canvas, "after end"));
    }

    [Fact]
    public void PageBreak_StartsANewPage_ButNeverABlankOne()
    {
        var (canvas, result) = Render.Content(c => c.Column(col =>
        {
            col.Item().Text("one");
            col.Item().PageBreak();
            col.Item().PageBreak();
            col.Item().Text("two");
            col.Item().PageBreak();
        }));
        Assert.Equal(2, result.PageCount);
        Assert.Equal([0], Inspect.PagesOf(canvas, "one"));
        Assert.Equal([1], Inspect.PagesOf(canvas, "two"));
    }

    [Fact]
    public void Sections_HaveTheirOwnPageSizeMarginsAndFirstPageHeader()
    {
        var (canvas, _) = Render.Document(d =>
        {
            d.Section(s => { s.Size(new Size(300, 400)).Margin(20); s.Content().Text("small"); });
            d.Section(s =>
            {
                s.Size(Size.A4).Margin(50);
                s.FirstPageHeader().Text("first header");
                s.Header().Text("running header");
                s.Content().Column(c => { for (int i = 0; i < 80; i++) c.Item().Text(Render.Words(20, i)); });
            });
        });
        Assert.Equal(new Size(300, 400), canvas.PageSizes[0]);
        Assert.Equal(Size.A4, canvas.PageSizes[1]);
        Assert.Equal([1], Inspect.PagesOf(canvas, "first header"));
        Assert.Equal(Enumerable.Range(2, canvas.PageCount - 2).ToList(), Inspect.PagesOf(canvas, "running header"));
        var header = canvas.Texts.First(t => t.Text == "first header");
        Assert.Equal(ArtifactKind.Header, header.Artifact);
        Assert.Equal(50, header.Origin.X, 3);
    }

    [Fact]
    public void PageNumbers_AndTotal_AreResolvedOnEveryPage()
    {
        var (canvas, result) = Render.Content(
            c => c.Column(col => { for (int i = 0; i < 30; i++) col.Item().Text(Render.Words(30, i)); }),
            section: s => s.Footer().Paragraph(p => { p.Span("Page "); p.CurrentPageNumber(); p.Span(" of "); p.TotalPages(); }));
        Assert.True(result.PageCount >= 3);
        for (int i = 0; i < result.PageCount; i++)
        {
            var footer = string.Concat(canvas.TextsOn(i).Where(t => t.Artifact == ArtifactKind.Footer).Select(t => t.Text));
            Assert.Equal($"Page {i + 1} of {result.PageCount}", footer);
        }
    }

    [Fact]
    public void Watermark_IsAnArtifactOnEveryPage()
    {
        var (canvas, result) = Render.Content(
            c => c.Column(col => { for (int i = 0; i < 30; i++) col.Item().Text(Render.Words(30, i)); }),
            section: s => s.Foreground().Watermark("DRAFT"));
        var marks = canvas.Texts.Where(t => t.Text == "DRAFT").ToList();
        Assert.Equal(result.PageCount, marks.Count);
        Assert.All(marks, m => Assert.Equal(ArtifactKind.Watermark, m.Artifact));
    }

    [Fact]
    public void Watermark_RunsCornerToCorner_TurnedAboutThePageCentre()
    {
        var (canvas, _) = Render.Content(c => c.Text("Body"), section: s => s.Foreground().Watermark("DRAFT"));
        var mark = canvas.Texts.Single(t => t.Text == "DRAFT");
        var page = canvas.PageSizes[0];
        // The rising diagonal of the page: atan(height / width), about 54.7 degrees on A4.
        Assert.Equal(Math.Atan2(page.Height, page.Width) * 180 / Math.PI, mark.Rotation, 3);
        Assert.Equal(page.Width / 2, mark.RotationCenter.X, 3);
        Assert.Equal(page.Height / 2, mark.RotationCenter.Y, 3);
        // Centred on that point before turning.
        Assert.Equal(page.Width / 2, mark.Origin.X + mark.Width / 2, 3);
        Assert.Empty(canvas.Problems);
        Assert.Equal(0, canvas.Texts.Single(t => t.Text == "Body").Rotation);
    }

    [Fact]
    public void Watermark_AtAngleZero_IsLevel_AndShrinksToFitTheWidth()
    {
        var (canvas, _) = Render.Content(c => c.Text("Body"),
            section: s => s.Foreground().Watermark("NOT FOR PUBLICATION", new TextStyle { FontSize = 200 }, angle: 0));
        var mark = canvas.Texts.Single(t => t.Text == "NOT FOR PUBLICATION");
        Assert.Equal(0, mark.Rotation);
        Assert.True(mark.Width <= canvas.PageSizes[0].Width * 0.9 + 0.01, $"width {mark.Width}");
    }

    [Fact]
    public void Watermark_TurnedText_FitsThePageHeightToo()
    {
        // Steep text is limited by the height: 80 degrees of a long word must stay inside 90% of the page.
        var (canvas, _) = Render.Content(c => c.Text("Body"),
            section: s => s.Foreground().Watermark("CONFIDENTIAL DRAFT", new TextStyle { FontSize = 300 }, angle: 80));
        var mark = canvas.Texts.Single(t => t.Text == "CONFIDENTIAL DRAFT");
        Assert.True(mark.Width * Math.Sin(80 * Math.PI / 180) <= canvas.PageSizes[0].Height * 0.9 + 0.01);
    }

    [Fact]
    public void List_IsTaggedWithLabelsAndBodies_AndHangs()
    {
        var (canvas, _) = Render.Content(c => c.List(l =>
        {
            l.Numbered();
            l.Item().Text(Render.Words(30));
            l.Item().List(n => n.Item().Text("nested"));
        }));
        var list = canvas.AllStructures.First(s => s.Role == StructureRole.List);
        Assert.Equal(2, list.Children.Count(c => c.Role == StructureRole.ListItem));
        var first = list.Children[0];
        Assert.Equal([StructureRole.Label, StructureRole.ListBody], first.Children.Select(c => c.Role).ToList());
        Assert.Equal("1.", first.Children[0].AllText);
        var bodyStarts = first.Children[1].Descendants().SelectMany(d => d.Texts).Select(t => t.Origin.X).Distinct().ToList();
        Assert.All(bodyStarts, x => Assert.Equal(38, x, 3)); // 20 margin + 18 indent: every line hangs
        Assert.Contains(canvas.AllStructures, s => s.Role == StructureRole.Label && s.AllText == "–"); // a nested list's bullet
    }
}
