namespace ReportBuilder.Html.Tests;

/// <summary>The page's structure, on the hand-made sample: landmarks, headings, ids, tables, notes, ratings.</summary>
public class PageStructureTests
{
    private static readonly string Page = SampleEditionTests.SamplePage();

    internal static void AssertSoundStructure(string page)
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">", page);
        Assert.Equal(1, PageText.Count(page, "<header"));
        Assert.Equal(1, PageText.Count(page, "<nav"));
        Assert.Equal(1, PageText.Count(page, "<main"));
        Assert.DoesNotContain("<script", page);

        var levels = PageText.HeadingLevels(page);
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading {i} jumps from h{levels[i - 1]} to h{levels[i]}");
        Assert.All(levels, l => Assert.InRange(l, 1, 4));

        var ids = PageText.Ids(page);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(PageText.FragmentLinks(page), target => Assert.Contains(target, ids));
        Assert.All(PageText.LabelledBy(page), target => Assert.Contains(target, ids));

        // Every table has a caption and no header cell lacks a scope.
        Assert.Equal(PageText.Count(page, "<table"), PageText.Count(page, "<caption>"));
        Assert.Equal(0, PageText.Count(page, "<th>"));
        Assert.Empty(System.Text.RegularExpressions.Regex.Matches(page, "<th(?![^>]*scope=)[ >]"));
    }

    [Fact]
    public void Sample_HasLandmarksOneH1NoSkippedLevelsAndWorkingLinks() => AssertSoundStructure(Page);

    [Fact]
    public void Cover_IsTheHeaderAndTheContentsFollowIt()
    {
        var header = Page.IndexOf("<header", StringComparison.Ordinal);
        var h1 = Page.IndexOf("<h1", StringComparison.Ordinal);
        var nav = Page.IndexOf("<nav", StringComparison.Ordinal);
        var main = Page.IndexOf("<main", StringComparison.Ordinal);
        Assert.True(header < h1 && h1 < nav && nav < main);
        Assert.Contains("<h2 id=\"contents-title\">Contents</h2>", Page);
    }

    [Fact]
    public void Cover_NamesTheTitleBlock_AsThePdfSetsIt()
    {
        // The lead above the place, the byline below it: the same blocks as the PDF's cover, named for the style sheet.
        var cover = Page[Page.IndexOf("<div class=\"cover\">", StringComparison.Ordinal)..Page.IndexOf("</header>", StringComparison.Ordinal)];
        var lead = cover.IndexOf("<p class=\"cover__lead\">An inspection of youth offending services in</p>", StringComparison.Ordinal);
        var title = cover.IndexOf("<h1", StringComparison.Ordinal);
        var byline = cover.IndexOf("<p class=\"cover__byline\">HM Inspectorate of Probation, April\u00A02023</p>", StringComparison.Ordinal);
        Assert.True(lead >= 0 && lead < title && title < byline, cover);
    }

    [Fact]
    public void CoverParagraph_HoldingOnlyAnImage_IsTheLogo()
    {
        var document = Markdig.Markdown.Parse(":::cover\n![Mark](images/logo.png)\n\nLead\n\n# Place\n\nBy, May 2024\n:::\n", TestPipelines.Report);
        var cover = Assert.IsType<ReportBuilder.Dialect.Features.Sections.SectionBlock>(document[0]);
        var classes = Document.CoverTitleBlock.Mark(cover).OfType<Markdig.Syntax.ParagraphBlock>()
            .Select(p => string.Join(" ", Markdig.Renderers.Html.HtmlAttributesExtensions.GetAttributes(p).Classes ?? [])).ToList();
        Assert.Equal(["cover__logo", "cover__lead", "cover__byline"], classes);
    }

    [Fact]
    public void Contents_ListChaptersAndStandardsButNotNotocHeadings()
    {
        var nav = Page[Page.IndexOf("<nav", StringComparison.Ordinal)..Page.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Contains("<a href=\"#foreword\">Foreword</a>", nav);
        Assert.Contains("<a href=\"#1-1-governance-and-leadership\">1.1. Governance and leadership</a>", nav);
        Assert.DoesNotContain("Acknowledgements", nav);
        Assert.DoesNotContain("Involvement", nav);
        Assert.DoesNotContain("Strengths", nav); // h4: deeper than the contents go
    }

    [Fact]
    public void Chapters_AreSectionsNamedByTheirHeadings()
    {
        Assert.Contains("<section class=\"chapter\" aria-labelledby=\"foreword\">\n<h2 id=\"foreword\">Foreword</h2>", Page);
        Assert.Contains("<section class=\"inside-cover\" aria-labelledby=\"acknowledgements\">", Page);
        Assert.Contains("<h3 id=\"2-1-assessment\">2.1. Assessment</h3>", Page);
        Assert.Contains("<h4 id=\"strengths\">Strengths:</h4>", Page);
    }

    [Fact]
    public void Notes_AreOneNumberedListWithLinksBothWays()
    {
        Assert.Contains("<a id=\"fnref:1\" href=\"#fn:1\" aria-label=\"Note 1\">1</a>", Page);
        Assert.Contains("<a id=\"fnref:2\" href=\"#fn:2\" aria-label=\"Note 2\">2</a>", Page);
        Assert.Contains("<li id=\"fn:1\">", Page);
        Assert.Contains("href=\"#fnref:1\" class=\"footnote-back-ref\" aria-label=\"Back to the text of note 1\"", Page);
        var notes = Page.IndexOf("<section class=\"notes\"", StringComparison.Ordinal);
        Assert.True(notes > Page.IndexOf("2.1. Assessment", StringComparison.Ordinal), "notes come after the text");
        Assert.True(Page.IndexOf("does not influence", StringComparison.Ordinal) < Page.IndexOf("driven by the lowest", StringComparison.Ordinal));
    }

    [Fact]
    public void Ratings_ShowWordAndSymbolNeverColourAlone()
    {
        foreach (var (key, word) in new[] { ("outstanding", "Outstanding"), ("good", "Good"), ("requires-improvement", "Requires improvement"), ("inadequate", "Inadequate") })
        {
            var start = Page.IndexOf($"<span class=\"rating rating--{key}\">", StringComparison.Ordinal);
            Assert.True(start >= 0, key);
            var label = Page[start..Page.IndexOf("</span>", start, StringComparison.Ordinal)];
            Assert.Contains("aria-hidden=\"true\"", label);
            Assert.EndsWith(word, label);
        }
    }

    [Fact]
    public void RatingsTable_HasCaptionRowGroupsAndRowHeaders()
    {
        var table = Page[Page.IndexOf("<table class=\"ratings-table\"", StringComparison.Ordinal)..];
        table = table[..(table.IndexOf("</table>", StringComparison.Ordinal) + 8)];
        Assert.Contains("<caption><span class=\"ratings-table__band\">Sampleshire Youth Offending Service<br>Fieldwork started January\u00A02023</span> <span class=\"ratings-table__band\">Score 25/36</span></caption>", table);
        Assert.Equal(3, PageText.Count(table, "<th scope=\"rowgroup\""));
        Assert.Contains("<th scope=\"row\">Staff</th>", table);
        Assert.Contains("<strong>Resettlement</strong><sup class=\"footnote-ref\">", table);
    }

    [Fact]
    public void KeyQuestionTable_QuestionsAreRowHeadersAndFiguresAreNumeric()
    {
        Assert.Contains("<caption><span data-edition=\"html\">Key questions: 2.1. Assessment</span></caption>", Page);
        Assert.Contains("<th scope=\"col\"><span class=\"visually-hidden\" data-edition=\"html\">Key question</span></th>", Page);
        Assert.Contains("<th scope=\"row\">Does assessment sufficiently analyse how to keep the child safe?</th>", Page);
        Assert.Contains("<td class=\"numeric\"><strong>63%</strong></td>", Page);
    }

    [Fact]
    public void RatingBox_CarriesTheStatementThenTheRating()
    {
        Assert.Contains("<div class=\"rating-box rating-box--requires-improvement\">\n<p>Assessment is well-informed, analytical and personalised.</p>\n<p class=\"rating-box__rating\"><span class=\"rating rating--requires-improvement\">", Page);
    }

    [Fact]
    public void Survey_ChartIsAFigureWithCaptionAndQuotesFollow()
    {
        Assert.Contains("<figure class=\"figure\" id=\"survey-chart\"", Page);
        Assert.Contains("<figcaption id=\"survey-chart-caption\">Figure 1: How children rated the service (score out of 10)</figcaption>", Page);
        Assert.Contains("<blockquote class=\"survey-quote\"><p>“I really felt like I had someone to talk to.”</p></blockquote>", Page);
        Assert.Contains("<p>“They listen and don\u2019t judge.”</p>", Page);
    }

    [Fact]
    public void LayoutHints_BecomeClassesForPrint()
    {
        Assert.Contains("<div class=\"keep-together\">", Page);
        Assert.Contains("<div class=\"keep-with-next\">", Page);
    }

    [Fact]
    public void PlainMarkdown_GetsAGeneratedTitleAndSections()
    {
        var page = HtmlEdition.RenderPage("## One\n\nText[^a].\n\n### Two\n\n| A | B |\n|---|--:|\n| x | 1 |\n\n[^a]: A note.\n", TestPipelines.Plain,
            new HtmlEditionOptions { Language = "cy", Title = "Plain & simple", Subtitle = "Sub" });
        Assert.Contains("<html lang=\"cy\">", page);
        Assert.Contains("<h1 id=\"title\">Plain &amp; simple</h1>", page);
        Assert.Contains("<section class=\"chapter\" aria-labelledby=\"one\">", page);
        Assert.Contains("<th scope=\"col\">A</th>", page);
        Assert.Contains("<td class=\"numeric\">1</td>", page);
        AssertSoundStructureWithoutCaptions(page);
    }

    private static void AssertSoundStructureWithoutCaptions(string page)
    {
        var levels = PageText.HeadingLevels(page);
        Assert.Equal([1, 2, 2, 3, 2], levels); // title, contents heading, One, Two, Notes
        Assert.All(PageText.FragmentLinks(page), target => Assert.Contains(target, PageText.Ids(page)));
    }
}
