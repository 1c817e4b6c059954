using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.TestEngine;

namespace ReportBuilder.Layout.Tests.LayoutTests;

/// <summary>
/// Fitting a run of content onto its page (<see cref="FittingExtensions.FitOnPage"/>): a few lines over are set
/// tighter and stay; more than the allowance break as they would without it. Page 300×400 pt, margins 20 pt (body 360 pt).
/// </summary>
public class FitOnPageTests
{
    private const double LineHeight = 1.4;
    private const double Gap = 6;
    private static readonly double Line = 11 * LineHeight;
    private static readonly double MaxOverflow = 8 * Line;

    /// <summary>How many one-line paragraphs fit the body at their natural spacing.</summary>
    private static int NaturalFit => (int)((360 + Gap) / (Line + Gap));

    private static void Lines(ColumnDescriptor column, int count)
    {
        column.Spacing(Gap);
        for (int i = 0; i < count; i++) column.Item().Paragraph(p => p.LineHeight(LineHeight).Span($"Line {i}"));
    }

    private static (int Pages, List<int> PageOfLine, List<double> Baselines) Lay(int count, bool fit)
    {
        var (canvas, result) = Render.Content(c =>
        {
            var container = fit ? c.FitOnPage(MaxOverflow, 0.8, 0.5) : c;
            container.Column(column => Lines(column, count));
        });
        var texts = Enumerable.Range(0, count).Select(i => canvas.Texts.Single(t => t.Text == $"Line {i}")).ToList();
        return (result.PageCount, texts.Select(t => t.PageIndex).ToList(), texts.Select(t => t.Origin.Y).ToList());
    }

    [Fact]
    public void ASectionOverflowingByAFewLines_IsFittedOntoItsPage()
    {
        int count = NaturalFit + 3;
        Assert.Equal(2, Lay(count, fit: false).Pages);   // without fitting, three lines go over
        var (pages, pageOfLine, baselines) = Lay(count, fit: true);
        Assert.Equal(1, pages);
        Assert.All(pageOfLine, p => Assert.Equal(0, p));
        // Tighter, but every line below the one before it (no overlap).
        for (int i = 1; i < baselines.Count; i++) Assert.True(baselines[i] - baselines[i - 1] >= 11, $"line {i} is {baselines[i] - baselines[i - 1]:0.##} pt below the one before");
    }

    [Fact]
    public void ASectionOverflowingByMoreThanTheAllowance_BreaksAsBefore()
    {
        int count = NaturalFit + 12;                      // 12 lines over, the allowance is 8
        var plain = Lay(count, fit: false);
        var fitted = Lay(count, fit: true);
        Assert.Equal(2, fitted.Pages);
        Assert.Equal(plain.PageOfLine, fitted.PageOfLine);
        Assert.Equal(plain.Baselines, fitted.Baselines);
    }

    [Fact]
    public void ASectionThatFits_IsSetAsItWouldBeWithoutFitting()
    {
        var plain = Lay(NaturalFit, fit: false);
        var fitted = Lay(NaturalFit, fit: true);
        Assert.Equal(1, fitted.Pages);
        Assert.Equal(plain.Baselines, fitted.Baselines);
    }

    [Fact]
    public void ASectionTooLongForTheTightestSetting_BreaksAsBefore()
    {
        // Within the allowance in lines, but more than halving the gaps and a tighter leading can absorb.
        var (canvas, result) = Render.Content(c => c.FitOnPage(MaxOverflow, 0.99, 0.9).Column(column => Lines(column, NaturalFit + 3)));
        Assert.Equal(2, result.PageCount);
    }

    /// <summary>Boxes padded 12 pt above and below, one line each, with no gap between them: only padding can give.</summary>
    private static (int Pages, List<double> Baselines) LayBoxes(int count, bool fit)
    {
        var (canvas, result) = Render.Content(c =>
        {
            var container = fit ? c.FitOnPage(MaxOverflow, 1, 0.5) : c;
            container.Column(column =>
            {
                for (int i = 0; i < count; i++) column.Item().PaddingVertical(12).Paragraph(p => p.LineHeight(LineHeight).Span($"Box {i}"));
            });
        });
        return (result.PageCount, Enumerable.Range(0, count).Select(i => canvas.Texts.Single(t => t.Text == $"Box {i}").Origin.Y).ToList());
    }

    [Fact]
    public void ABoxsPaddingAboveAndBelow_IsTightenedLikeTheGapsBetweenBlocks()
    {
        var natural = (int)(360 / (Line + 24));           // boxes that fit at their natural padding
        Assert.Equal(2, LayBoxes(natural + 2, fit: false).Pages);
        var (pages, baselines) = LayBoxes(natural + 2, fit: true);
        Assert.Equal(1, pages);
        var pitch = baselines[1] - baselines[0];
        Assert.InRange(pitch, Line + 12, Line + 24 - 0.01);  // padding tightened, at most to half
    }

    [Fact]
    public void ABoxsPadding_IsUntouchedWhereNothingNeedsFitting()
    {
        var (pages, baselines) = LayBoxes(3, fit: true);
        Assert.Equal(1, pages);
        Assert.Equal(Line + 24, baselines[1] - baselines[0], 6);
    }

    [Fact]
    public void FitOnPage_RejectsSharesOutsideZeroToOne() =>
        Assert.Throws<DocumentComposeException>(() => Render.Content(c => c.FitOnPage(10, 1.5, 0.5).Spacer(1)));
}
