using ReportBuilder.Html.Document;

namespace ReportBuilder.Html.Tests;

public class HeadingOutlineTests
{
    [Theory]
    [InlineData("1.1. Governance and leadership", "1-1-governance-and-leadership")]
    [InlineData("Domain one: Organisational delivery", "domain-one-organisational-delivery")]
    [InlineData("Published by:", "published-by")]
    [InlineData("–", "section")]
    public void Slug_KeepsLettersAndDigits(string text, string slug) => Assert.Equal(slug, Document.HeadingOutline.Slug(text));

    [Fact]
    public void Prepare_GivesUniqueIdsAvoidingReservedOnesAndClosesGaps()
    {
        var document = Markdig.Markdown.Parse("# Main\n\n#### Strengths\n\n## Strengths\n\n#### Notes\n", TestPipelines.Plain);
        var entries = Document.HeadingOutline.Prepare(document, new HashSet<string> { "notes" }, levelAbove: 0);
        Assert.Equal(["main", "strengths", "strengths-2", "notes-2"], entries.Select(e => e.Id));
        Assert.Equal([1, 2, 2, 3], entries.Select(e => e.Level));
    }
}
