using Markdig;
using Markdig.Renderers;
using ReportBuilder.Dialect;
using ReportBuilder.Dialect.Features.Quotes;
using ReportBuilder.Templating.Markdown;

namespace ReportBuilder.Templating.Tests.Markdown;

/// <summary>One quote style in both editions: the data's straight quotes and apostrophes printed curly (the PDF side is in TestFiles/typography).</summary>
public class TypographicQuoteTests
{
    private static string Html(string markdown)
    {
        var writer = new StringWriter();
        var html = new HtmlRenderer(writer);
        ReportMarkdownPipeline.Default.Setup(html);
        html.Render(Markdig.Markdown.Parse(markdown, ReportMarkdownPipeline.Default));
        return writer.ToString();
    }

    [Fact]
    public void TheHtmlEdition_PrintsCurlyQuotesAndApostrophes_AsCharacters()
    {
        var html = Html("Rated as 'Outstanding'; the children's views: \"they really listen\".");
        Assert.Contains("Rated as \u2018Outstanding\u2019; the children\u2019s views: \u201Cthey really listen\u201D.", html);
    }

    [Fact]
    public void DashesEllipsesAndAngleQuotes_KeepTheDatasCharacters_Escaped()
    {
        var html = Html("a -- b --- c ... d << e >>");
        Assert.Contains("a -- b --- c ... d &lt;&lt; e &gt;&gt;", html);
    }

    [Fact]
    public void AnImagesAlternativeText_KeepsItsQuotes_CurledAsInTheText()
    {
        var document = Markdig.Markdown.Parse("![the \"best\" children's 'view'](images/x.png)\n", ReportMarkdownPipeline.Default);
        var image = Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Syntax.Inlines.LinkInline>(document).Single();
        Assert.Equal("the \u201Cbest\u201D children\u2019s \u2018view\u2019", ReportBuilder.Dialect.Features.Images.ImageRule.AlternativeText(image));
    }

    [Fact]
    public void AHeadingsLength_CountsTheQuotesTheDialectCurls_OneCharacterEach()
    {
        var heading = "# \"" + new string('a', 498) + "'s\"\n";
        var diagnostics = new ReportBuilder.Core.Diagnostics.DiagnosticBag();
        ReportBuilder.Dialect.Features.Headings.HeadingLengthRule.Check(Markdig.Markdown.Parse(heading, ReportMarkdownPipeline.Default),
            new MarkdownOrigin("x.md", 0), diagnostics);
        Assert.Contains("a heading of 502 characters", Assert.Single(diagnostics).Message);
    }

    [Theory]
    [InlineData("Because they listen and don't judge.", "Because they listen and don\u2019t judge.")]
    [InlineData("She said 'thank you' twice.", "She said \u2018thank you\u2019 twice.")]
    [InlineData("\"Keeps me away from trouble\", one said.", "\u201CKeeps me away from trouble\u201D, one said.")]
    [InlineData("No quotes here.", "No quotes here.")]
    public void Curl_TurnsThePlainTextsQuotes(string text, string expected) => Assert.Equal(expected, TypographicQuotes.Curl(text));
}
