using ReportBuilder.Layout.Elements;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Tests.TestEngine;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Tests.Elements;

/// <summary>The footnote area's own rule of what fits at the foot of a page, asked as a paragraph asks it.</summary>
public class FootnoteAreaTests
{
    private const double Body = 600; // UnitEngine's body: 400 wide, 600 high

    private static Footnote Note(int number, int words)
    {
        var content = new Paragraph { Role = null };
        content.Inlines.Add(new TextInline($"{number} {Render.Words(words, number)}"));
        return new Footnote(number, content);
    }

    private static FootnoteInline[] References(params Footnote[] notes) => notes.Select(n => new FootnoteInline(n)).ToArray();

    private static double LinesHeight(LayoutContext context, Footnote note, int count) => note.Lines(context).Take(count).Sum(l => l.Height);

    [Fact]
    public void Fit_TakesTheWholeNote_UnderASeparator_WhenItFits()
    {
        var context = UnitEngine.Context();
        var note = Note(1, 30);
        double height = LinesHeight(context, note, int.MaxValue);
        Assert.True(note.Lines(context).Length >= 2);

        var fit = context.Footnotes.Fit(References(note), taken: 300, planned: 0, available: Body);

        Assert.True(fit.Fits);
        Assert.Equal(FootnoteArea.SeparatorHeight + height, fit.Height, 6);
        Assert.Null(fit.Continued);
    }

    [Fact]
    public void Fit_AddsOnlyAGap_WhenEarlierLinesHavePlannedNotes()
    {
        var context = UnitEngine.Context();
        var note = Note(2, 5);
        double height = LinesHeight(context, note, int.MaxValue);

        var fit = context.Footnotes.Fit(References(note), taken: 300, planned: 20, available: Body);

        Assert.Equal(FootnoteArea.Gap + height, fit.Height, 6);
    }

    [Fact]
    public void Fit_MovesTheLineToTheNextPage_WhenAShortNoteDoesNotFitWhole()
    {
        var context = UnitEngine.Context();
        // Two lines: too short to split.
        var note = Enumerable.Range(5, 40).Select(words => Note(1, words)).First(n => n.Lines(context).Length == 2);
        double room = FootnoteArea.SeparatorHeight + LinesHeight(context, note, 2);

        Assert.True(context.Footnotes.Fit(References(note), taken: Body - room, planned: 0, available: Body).Fits);
        var fit = context.Footnotes.Fit(References(note), taken: Body - room + 1, planned: 0, available: Body);

        Assert.False(fit.Fits);
        Assert.Equal(FootnoteFit.None, fit);
    }

    [Fact]
    public void Fit_BeginsALongNote_WithTheLinesThatFit_AndContinuesIt()
    {
        var context = UnitEngine.Context();
        var note = Note(1, 200);
        var lines = note.Lines(context);
        Assert.True(lines.Length > 6);
        // Room for the separator and four lines and a half.
        double room = FootnoteArea.SeparatorHeight + LinesHeight(context, note, 4) + lines[4].Height / 2;

        var fit = context.Footnotes.Fit(References(note), taken: Body - room, planned: 0, available: Body);

        Assert.True(fit.Fits);
        Assert.Same(note, fit.Continued);
        Assert.Equal(4, fit.ContinuedLines);
        Assert.Equal(FootnoteArea.SeparatorHeight + LinesHeight(context, note, 4), fit.Height, 6);
    }

    [Fact]
    public void Fit_MovesTheLine_WhenFewerThanTwoLinesOfALongNoteFit()
    {
        var context = UnitEngine.Context();
        var note = Note(1, 200);
        double room = FootnoteArea.SeparatorHeight + LinesHeight(context, note, 2) - 0.5;

        var fit = context.Footnotes.Fit(References(note), taken: Body - room, planned: 0, available: Body);

        Assert.False(fit.Fits);
    }

    [Fact]
    public void Fit_ContinuesOnlyTheLastNote_OfALineWithSeveral()
    {
        var context = UnitEngine.Context();
        var first = Note(1, 5);
        var last = Note(2, 200);
        double firstCost = FootnoteArea.SeparatorHeight + LinesHeight(context, first, int.MaxValue);
        double room = firstCost + FootnoteArea.Gap + LinesHeight(context, last, 3);

        var fit = context.Footnotes.Fit(References(first, last), taken: Body - room, planned: 0, available: Body);

        Assert.True(fit.Fits);
        Assert.Same(last, fit.Continued);
        Assert.Equal(3, fit.ContinuedLines);
        Assert.Equal(room, fit.Height, 6);
    }

    [Fact]
    public void ANoteLongerThanAPage_IsSplitAcrossPages_EachLineOnce()
    {
        var context = UnitEngine.Context();
        var note = Note(1, 2000);
        var lines = note.Lines(context);
        Assert.True(LinesHeight(context, note, int.MaxValue) > 2 * Body);

        var fit = context.Footnotes.Fit(References(note), taken: 400, planned: 0, available: Body);
        Assert.True(fit.Fits);
        context.Footnotes.PlaceReferenced(note, fit.Continued, fit.ContinuedLines);
        Assert.True(context.Footnotes.HasCarried);
        int placed = fit.ContinuedLines;

        // Each following page takes the next lines, at most its share of the page, until the note ends.
        int pages = 1;
        while (context.Footnotes.HasCarried)
        {
            Assert.True(pages++ < 20, "the note never ends");
            context.Footnotes.BeginPage();
            context.Footnotes.PlaceCarried();
            Assert.Equal(1, context.Footnotes.Count);
            Assert.True(context.Footnotes.Height <= FootnoteArea.CarriedShare * Body, $"continued part {context.Footnotes.Height} pt high");
            // The lines this page holds: the next ones, whole, as many as the area's height says.
            double held = context.Footnotes.Height - FootnoteArea.SeparatorHeight, sum = 0;
            int count = 0;
            while (placed + count < lines.Length && sum + lines[placed + count].Height <= held + 1e-6) sum += lines[placed + count++].Height;
            Assert.Equal(held, sum, 6);
            Assert.True(count >= 1);
            placed += count;
        }
        Assert.Equal(lines.Length, placed);
        Assert.True(pages >= 3);
    }
}
