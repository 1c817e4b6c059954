using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Cli.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;

namespace ReportBuilder.Cli.Tests.EndToEnd;

/// <summary>
/// The house rules (a new page for each chapter and each standard but a chapter's first, a run of pages fitted onto one
/// page less when a few lines spill over) put every contents entry on the page the published report gives it: its
/// heading, its bookmark, its contents link and the number the contents prints. The expected pages are read from the
/// contents of the published report (Fixtures/), not written here.
/// </summary>
/// <remarks>
/// The published report gives the children's survey as text only; data/lincolnshire-2023 adds the chart
/// (<c>:::survey-chart</c>). The report is built as it is, chart included: the compact chart after the quotes, and the
/// involvement section fitted onto its page, keep every later entry where the published contents put it.
/// </remarks>
public sealed partial class PublishedPaginationTests
{
    [GeneratedRegex(@"^(?<title>[^\t]+)\t(?<page>\d+)\s*$")]
    private static partial Regex ContentsLine();

    /// <summary>The published contents: every entry with a page number, in order.</summary>
    private static List<(string Title, int Page)> PublishedContents()
    {
        var lines = File.ReadAllLines(BuiltReports.Fixture("lincolnshire-2023-reference.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("## ", StringComparison.Ordinal) && l.Contains("Contents", StringComparison.Ordinal));
        var entries = new List<(string, int)>();
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith('#'); i++)
            if (ContentsLine().Match(lines[i]) is { Success: true } m)
                entries.Add((m.Groups["title"].Value.Trim(), int.Parse(m.Groups["page"].Value, CultureInfo.InvariantCulture)));
        return entries;
    }

    /// <summary>Takes, for each published entry in order, the next item of <paramref name="found"/> with its title.</summary>
    private static List<string> Compare(List<(string Title, int Page)> published, List<(string Title, int Page)> found, string what)
    {
        var problems = new List<string>();
        var from = 0;
        foreach (var (title, page) in published)
        {
            var at = found.FindIndex(from, f => f.Title == title);
            if (at < 0) { problems.Add($"{what}: no '{title}'"); continue; }
            if (found[at].Page != page) problems.Add($"{what}: '{title}' on page {found[at].Page}, published on page {page}");
            from = at + 1;
        }
        return problems;
    }

    private static List<(string Title, int Page)> Bookmarks(PdfDocument pdf)
    {
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var marks = new List<(string, int)>();
        void Walk(BookmarkNode node)
        {
            if (node is DocumentBookmarkNode d) marks.Add((d.Title, d.PageNumber));
            foreach (var child in node.Children) Walk(child);
        }
        foreach (var root in bookmarks.Roots) Walk(root);
        return marks;
    }

    [Fact]
    public void Bookmarks_AreTheContentsEntries_ChaptersAndStandardsOnly()
    {
        using var pdf = PdfDocument.Open(BuiltReports.Lincolnshire.Result.Pdf);
        var titles = Bookmarks(pdf).Select(b => b.Title).ToList();
        var published = PublishedContents().Select(e => e.Title).Append("Further information").ToList();
        Assert.Equal(published, titles);
    }

    [Fact]
    public void PublishedContents_IsReadFromTheReference()
    {
        var published = PublishedContents();
        Assert.Equal(21, published.Count);
        Assert.Equal(("Foreword", 3), published[0]);
        Assert.Equal(("4.1. Resettlement policy and provision", 22), published[^1]);
    }

    [Fact]
    public void EveryContentsEntry_ItsBookmark_ItsLink_AndItsPrintedNumber_AreOnThePublishedPage()
    {
        var published = PublishedContents();
        using var pdf = PdfDocument.Open(BuiltReports.Lincolnshire.Result.Pdf);

        var marks = Bookmarks(pdf);

        // The contents page: each entry is a link (its alternative text the title) on a line ending in the printed number.
        var contents = pdf.GetPage(2);
        var words = contents.GetWords().ToList();
        var links = new List<(string, int)>();
        var printed = new List<(string, int)>();
        foreach (var link in contents.GetAnnotations().Where(a => a.Type == AnnotationType.Link).OrderByDescending(a => a.Rectangle.Top))
        {
            var title = link.Content ?? "";
            if (link.Action is GoToAction go) links.Add((title, go.Destination.PageNumber));
            var number = words.LastOrDefault(w => Math.Abs(w.BoundingBox.Bottom - link.Rectangle.Bottom) < 4 && w.Text.All(char.IsAsciiDigit));
            if (number is not null) printed.Add((title, int.Parse(number.Text, CultureInfo.InvariantCulture)));
        }

        var problems = Compare(published, marks, "bookmark")
            .Concat(Compare(published, links, "contents link"))
            .Concat(Compare(published, printed, "printed number")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
