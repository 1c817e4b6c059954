using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.TestEngine;

namespace ReportBuilder.Layout.Tests.LayoutTests;

/// <summary>A paragraph ending in a colon introduces what follows: it is never the last line of a page without it (body 360 pt).</summary>
public class LeadInTests
{
    private const double Body = 360;
    private static readonly double Line = 11 * TestFonts.Collection.Resolve("Liberation Sans", false, false).Metrics.LineSpacing;

    /// <summary>Room for one line and a half above <paramref name="leadIn"/>, then a paragraph that cannot start in what is left.</summary>
    private static int PageOfLeadIn(string leadIn)
    {
        var (canvas, _) = Render.Content(c => c.Column(col =>
        {
            col.Item().Spacer(Body - Line * 1.5);
            col.Item().Paragraph(p => p.Span(leadIn));
            col.Item().Paragraph(p => p.Span(Render.Words(60, 3)));
        }));
        return Assert.Single(Inspect.PagesOf(canvas, leadIn.Trim()));
    }

    [Fact]
    public void ALeadInEndingInAColon_MovesToThePageOfWhatItIntroduces() =>
        Assert.Equal(1, PageOfLeadIn("Positive responses included:"));

    [Fact]
    public void AParagraphEndingInAFullStop_StaysAtThePageFoot() =>
        Assert.Equal(0, PageOfLeadIn("Positive responses were given."));

    [Fact]
    public void ALeadInWhoseColonIsFollowedBySpaces_IsStillALeadIn() =>
        Assert.Equal(1, PageOfLeadIn("One child said:  "));
}
