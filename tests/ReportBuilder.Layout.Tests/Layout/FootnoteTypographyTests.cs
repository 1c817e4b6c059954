using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.TestEngine;

namespace ReportBuilder.Layout.Tests.LayoutTests;

/// <summary>Footnote numbers one readable size in the text and the note, the note's text hanging after its number, underlines short of punctuation.</summary>
public class FootnoteTypographyTests
{
    private static bool IsInNote(RecordedText t)
    {
        for (var s = t.Structure; s is not null; s = s.Parent) if (s.Role == StructureRole.Note) return true;
        return false;
    }

    private static RecordingCanvas WithNote(string note, double? markSize)
    {
        var (canvas, _) = Render.Document(d =>
        {
            if (markSize is { } size) d.FootnoteMarkSize(size);
            d.Section(s => s.Size(new Size(300, 400)).Margin(20).Content().Paragraph(p =>
            {
                p.Style(new Layout.Text.TextStyle { FontSize = 11 });
                p.Span("The rating for resettlement");
                p.Footnote(note);
                p.Span(" is separate.");
            }));
        });
        return canvas;
    }

    [Fact]
    public void TheMarkSize_IsTheSizeOfTheNumber_InTheTextAndInTheNote()
    {
        var canvas = WithNote("The rating for resettlement does not influence the overall rating.", 7.5);
        var numbers = canvas.Texts.Where(t => t.Text.Trim() == "1").ToList();
        Assert.Equal(2, numbers.Count);                       // the reference and the note's number
        Assert.All(numbers, t => Assert.Equal(7.5, t.FontSize, 3));
        Assert.Single(numbers, IsInNote);
    }

    [Fact]
    public void WithoutAMarkSize_TheNumbersAreSmallerThanSevenPoints_AsBefore()
    {
        var canvas = WithNote("A note.", null);
        Assert.All(canvas.Texts.Where(t => t.Text.Trim() == "1"), t => Assert.True(t.FontSize < 7));
    }

    [Fact]
    public void TheNotesSecondLine_StartsWhereItsFirstLinesTextStarts()
    {
        var canvas = WithNote(Render.Words(40, 5), 7.5);
        var lines = canvas.Texts.Where(IsInNote).Where(t => t.Text.Trim() != "1")
            .GroupBy(t => Math.Round(t.Origin.Y, 1)).OrderBy(g => g.Key).Select(g => g.Min(t => t.Origin.X)).ToList();
        Assert.True(lines.Count >= 2, "the note should take two lines or more");
        var number = canvas.Texts.Single(t => IsInNote(t) && t.Text.Trim() == "1");
        Assert.True(lines[0] > number.Origin.X + 3, "the text starts after the number");
        Assert.All(lines.Skip(1), x => Assert.Equal(lines[0], x, 2));
    }

    [Fact]
    public void ALinksUnderline_StopsBeforeTheFullStopThatEndsIt()
    {
        var (canvas, _) = Render.Content(c => c.Paragraph(p =>
        {
            p.Span("See ");
            p.Span("the data annexe.").LinkUri("https://example.org/annexe").Underline();
        }));
        var run = canvas.Texts.Single(t => t.Text.Contains("annexe", StringComparison.Ordinal));
        var underline = Assert.Single(canvas.Calls.OfType<RecordedLine>());
        double dot = run.Font.MeasureWidth(".", run.FontSize);
        double textEnd = run.Origin.X + run.Font.MeasureWidth(run.Text.TrimEnd(), run.FontSize);
        Assert.Equal(textEnd - dot, underline.To.X, 2);
    }
}
