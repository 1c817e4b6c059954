using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.TestEngine;

namespace ReportBuilder.Layout.Tests.LayoutTests;

/// <summary>
/// "Page X of Y" in a running head: the total is right on every page after the second pass, the body is laid out as
/// it would be without the count, and a head that grows once the count is known makes the body move.
/// </summary>
public class PageCountPassTests
{
    private static void Body(IContainer c) => c.Column(col => { for (int i = 0; i < 30; i++) col.Item().Text(Render.Words(30, i)); });

    private static IEnumerable<(int Page, string Text, Point Origin)> BodyTexts(RecordingCanvas canvas) =>
        canvas.Texts.Where(t => t.Artifact is null).Select(t => (t.PageIndex, t.Text, t.Origin));

    private static string FooterText(RecordingCanvas canvas, int page) =>
        string.Join(" ", string.Concat(canvas.TextsOn(page).Where(t => t.Artifact == ArtifactKind.Footer).Select(t => t.Text)).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Footer_CountingPages_ShowsTheTotalOnEveryPage_AroundTheSameBody()
    {
        var (counted, result) = Render.Content(Body, section: s => s.Footer().Paragraph(p =>
        {
            p.Span("Page "); p.CurrentPageNumber(); p.Span(" of "); p.TotalPages();
        }));
        // The same body with a footer of the same height that needs no second pass.
        var (plain, single) = Render.Content(Body, section: s => s.Footer().Paragraph(p => { p.Span("Page "); p.CurrentPageNumber(); }));

        Assert.Equal(2, result.Passes);
        Assert.Equal(1, single.Passes);
        Assert.True(result.PageCount > 3);
        for (int page = 0; page < result.PageCount; page++)
            Assert.Equal($"Page {page + 1} of {result.PageCount}", FooterText(counted, page));
        Assert.Equal(BodyTexts(plain), BodyTexts(counted));
        // One Document element, closed once, holding the body.
        Assert.Equal(StructureRole.Document, Assert.Single(counted.Roots).Role);
        Assert.Empty(counted.Problems);
    }

    [Fact]
    public void Footer_ThatGrowsWhenTheCountIsKnown_GetsAFullPass_AndTheBodyMakesRoomForIt()
    {
        // The footer fits one line while a page counts itself ("Page 1 of 1"), and wraps once the total has two digits.
        var face = TestFonts.Collection.Resolve("Liberation Sans", false, false);
        double width = face.MeasureWidth("Page 1 of 1", 11) + 1;
        var (canvas, result) = Render.Content(
            c => c.Column(col => { for (int i = 0; i < 200; i++) col.Item().Text(Render.Words(3, i)); }),
            size: new Size(width + 40, 400),
            section: s => s.Footer().Paragraph(p => { p.Span("Page "); p.CurrentPageNumber(); p.Span(" of "); p.TotalPages(); }));

        Assert.True(result.PageCount >= 10, $"{result.PageCount} pages");
        Assert.True(result.Passes >= 2, $"{result.Passes} passes");
        for (int page = 0; page < result.PageCount; page++)
        {
            var footer = canvas.TextsOn(page).Where(t => t.Artifact == ArtifactKind.Footer).ToList();
            Assert.Equal($"Page {page + 1} of {result.PageCount}", FooterText(canvas, page));
            // The body ends the footer spacing (12 pt) above the (now two-line) footer: a body baseline sits at least
            // 12 pt + the footer's ascent (about 10 pt) + its own descent (about 2 pt) above the footer's first baseline.
            double limit = footer.Min(t => t.Origin.Y) - 22;
            Assert.All(canvas.TextsOn(page).Where(t => t.Artifact is null), t => Assert.True(t.Origin.Y < limit, $"page {page + 1}: '{t.Text}' at {t.Origin.Y} reaches into the footer (limit {limit})"));
        }
    }

    [Fact]
    public void Content_EndingWithAPageBreak_DrawsTheLastPagesHeaderOnce()
    {
        var (canvas, result) = Render.Content(c => c.Column(col => { col.Item().Text("Only line"); col.Item().PageBreak(); }),
            section: s => s.Header().Text("Running head"));
        for (int page = 0; page < result.PageCount; page++)
            Assert.Single(canvas.TextsOn(page), t => t.Text.Trim() == "Running head");
    }
}
