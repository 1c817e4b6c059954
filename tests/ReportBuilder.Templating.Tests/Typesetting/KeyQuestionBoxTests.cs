using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Layout;
using ReportBuilder.Templating.Markdown;
using ReportBuilder.Dialect;
using ReportBuilder.Dialect.Features.Narrative;
using ReportBuilder.Templating.Markdown.Renderers.Layout;
using ReportBuilder.Templating.Tests.Support;
using ReportBuilder.Templating.Theming;

namespace ReportBuilder.Templating.Tests.Typesetting;

/// <summary>
/// The boxes at the head of a standard use their width (issue #19): the statement runs up to the rating, and the key
/// questions up to a figures column no wider than its header.
/// </summary>
public class KeyQuestionBoxTests
{
    private static readonly Theme Theme = new();

    /// <summary>Short words, so that each line fills its column to within a few points of its edge.</summary>
    private static string Words(int count) => string.Join(" ", Enumerable.Repeat("aa bb", count));

    private static RecordingCanvas Lay(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var document = Markdig.Markdown.Parse(markdown, ReportMarkdownPipeline.Default);
        var environment = new LayoutEnvironment(Theme, null, diagnostics);
        var canvas = new RecordingCanvas();
        LayoutDocumentComposer.ComposeFragment(document, new NarrativeDocuments(), environment, LaidOutReports.FontCollection).Generate(canvas);
        Assert.Empty(canvas.Problems);
        return canvas;
    }

    private static double TextRight => Theme.Page.Size.Width - Theme.Page.MarginRight;

    [Fact]
    public void RatingBox_Statement_RunsUpToTheRating()
    {
        var canvas = Lay($":::rating-box requires-improvement\n{Words(40)}\n:::\n");
        var rating = canvas.Texts.Where(t => t.Text.Contains("Requires")).Min(t => t.Origin.X);
        var statement = canvas.Texts.Where(t => t.Text.Contains("aa")).ToList();
        Assert.True(statement.Select(t => t.Origin.Y).Distinct().Count() >= 3, "the statement should wrap");
        var reach = statement.Max(t => t.Origin.X + t.Width);
        // Before: a fixed 150 pt column for the rating left the statement some 80 pt short of the rating's word.
        Assert.InRange(reach, rating - 40, rating);
    }

    [Fact]
    public void KeyQuestions_QuestionColumn_RunsUpToANarrowFiguresColumn()
    {
        var canvas = Lay($":::key-questions\n| | % 'Yes' |\n|:--|--:|\n| {Words(30)}? | 100% |\n| Short? | **7%** |\n:::\n");
        var figures = canvas.Texts.Where(t => t.Text.EndsWith('%')).ToList();
        Assert.Equal(2, figures.Count);
        // Right-aligned at the table's edge less the cell's padding.
        Assert.All(figures, f => Assert.Equal(TextRight - Theme.Tables.CellPadding, f.Origin.X + f.Width, 1));
        var header = canvas.Texts.Single(t => t.Text.Contains("Yes"));
        var column = TableRenderer.FiguresColumnWidth(Theme.Tables);
        Assert.True(header.Width + 2 * Theme.Tables.CellPadding <= column, $"the header ({header.Width:0.#} pt) must fit its column ({column} pt)");

        var question = canvas.Texts.Where(t => t.Text.Contains("aa")).ToList();
        Assert.True(question.Select(t => t.Origin.Y).Distinct().Count() >= 2, "the question should wrap");
        var reach = question.Max(t => t.Origin.X + t.Width);
        // Before: a 72 pt figures column held the questions 77 pt or more from the edge.
        Assert.InRange(reach, TextRight - column - Theme.Tables.CellPadding - 15, TextRight - column);
    }
}
