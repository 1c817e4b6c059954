using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Core.Tests.Ratings;

public class RatingNamesTests
{
    [Theory]
    [InlineData("Outstanding", Rating.Outstanding)]
    [InlineData("good", Rating.Good)]
    [InlineData("Requires improvement", Rating.RequiresImprovement)]
    [InlineData("  Requires   Improvement ", Rating.RequiresImprovement)]
    [InlineData("INADEQUATE", Rating.Inadequate)]
    public void TryParse_AcceptsPrintedNamesIgnoringCaseAndSpaces(string text, Rating expected)
    {
        Assert.True(RatingNames.TryParse(text, out var rating));
        Assert.Equal(expected, rating);
    }

    [Theory]
    [InlineData("Outstandng")]
    [InlineData("Requires-improvement")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("3")]
    public void TryParse_RejectsAnythingElse(string? text) => Assert.False(RatingNames.TryParse(text, out _));

    [Fact]
    public void Display_IsThePrintedName()
    {
        Assert.Equal("Requires improvement", Rating.RequiresImprovement.Display());
        Assert.Equal(["Outstanding", "Good", "Requires improvement", "Inadequate"], RatingNames.DisplayNames);
    }
}
