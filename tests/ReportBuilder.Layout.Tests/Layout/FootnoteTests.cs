using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.TestEngine;

namespace ReportBuilder.Layout.Tests.LayoutTests;

public class FootnoteTests
{
    private static (RecordingCanvas Canvas, LayoutResult Result) WithFooter(Action<ColumnDescriptor> content) =>
        Render.Content(c => c.Column(col => { col.Spacing(4); content(col); }),
            section: s => s.Footer().Paragraph(p => { p.Span("footer "); p.CurrentPageNumber(); }));

    private static IEnumerable<RecordedText> BodyTexts(RecordingCanvas canvas, int page) =>
        canvas.TextsOn(page).Where(t => t.Artifact is null && !IsInNote(t));

    private static bool IsInNote(RecordedText t)
    {
        for (var s = t.Structure; s is not null; s = s.Parent) if (s.Role == StructureRole.Note) return true;
        return false;
    }

    [Fact]
    public void Note_IsOnTheSamePageAsItsReference_AboveTheFooter()
    {
        var (canvas, _) = WithFooter(col =>
        {
            for (int i = 0; i < 12; i++)
            {
                int n = i;
                col.Item().Paragraph(p =>
                {
                    p.Span(Render.Words(35, n));
                    if (n is 3 or 7 or 10) p.Footnote($"Note text {n}.");
                });
            }
        });
        var references = canvas.AllStructures.Where(s => s.Role == StructureRole.Reference).ToList();
        var notes = canvas.AllStructures.Where(s => s.Role == StructureRole.Note).ToList();
        Assert.Equal(3, references.Count);
        Assert.Equal(3, notes.Count);
        for (int k = 0; k < 3; k++)
        {
            var reference = references[k].Texts.Single();
            Assert.Equal((k + 1).ToString(), reference.Text);
            var noteText = notes[k].Texts;
            Assert.All(noteText, t => Assert.Equal(reference.PageIndex, t.PageIndex));
            double noteTop = noteText.Min(t => t.Origin.Y);
            double bodyBottom = BodyTexts(canvas, reference.PageIndex).Max(t => t.Origin.Y);
            double footer = canvas.TextsOn(reference.PageIndex).Where(t => t.Artifact == ArtifactKind.Footer).Min(t => t.Origin.Y);
            Assert.True(noteTop > bodyBottom, $"note {k + 1} at {noteTop} is above body text at {bodyBottom}");
            Assert.True(noteText.Max(t => t.Origin.Y) < footer - 5, "note overlaps the footer");
            Assert.StartsWith($"{k + 1} Note text", notes[k].AllText);
        }
        // Notes separated from the body by a short rule on their page.
        Assert.Contains(canvas.Calls.OfType<RecordedLine>(), l => l.PageIndex == references[0].Texts[0].PageIndex && l.To.X - l.From.X < 120);
    }

    [Fact]
    public void Note_FollowsItsReference_InTheParagraphStructure()
    {
        var (canvas, _) = WithFooter(col => col.Item().Paragraph(p => { p.Span("Body text"); p.Footnote("The note."); p.Span(" continues."); }));
        var paragraph = Inspect.Paragraphs(canvas).Single();
        int reference = paragraph.Content.FindIndex(c => c is RecordedStructure { Role: StructureRole.Reference });
        var next = Assert.IsType<RecordedStructure>(paragraph.Content[reference + 1]);
        Assert.Equal(StructureRole.Note, next.Role);
        Assert.Equal("footnote-1", next.Element.Id);
        Assert.Equal("1 The note.", next.AllText.Trim());
    }

    [Fact]
    public void KernedText_ReferenceNumberWithAKernedPair_IsOneReferenceAndItsNoteIsSetOnce()
    {
        // "11" is a kerned pair in Liberation Sans: the number must not be cut in two, or its note is placed twice.
        var (canvas, _) = WithFooter(col => col.Item().Paragraph(p =>
        {
            p.Kerning();
            for (int n = 1; n <= 11; n++) { p.Span($"Point {n}."); p.Footnote($"Note number {n}."); p.Span(" "); }
        }));
        var paragraph = Inspect.Paragraphs(canvas).Single(q => q.AllText.Contains("Point 11."));
        var notes = paragraph.Content.OfType<RecordedStructure>().Where(s => s.Role == StructureRole.Note && s.Element.Id == "footnote-11").ToList();
        Assert.Equal("11 Note number 11.", Assert.Single(notes).AllText.Trim());
        Assert.Single(paragraph.Content.OfType<RecordedStructure>(), s => s.Role == StructureRole.Reference && s.AllText.Trim() == "11");
    }

    [Fact]
    public void LineWithReference_MovesToTheNextPage_WhenItsNoteCannotFit()
    {
        // The body is full but for two lines: the line with the reference cannot take its long note with it.
        var (canvas, _) = WithFooter(col =>
        {
            col.Item().Spacer(300);
            col.Item().Paragraph(p => { p.Span(Render.Words(60)); p.Footnote(Render.Words(25, 9)); p.Span(Render.Words(30, 2)); });
        });
        var reference = canvas.AllStructures.Single(s => s.Role == StructureRole.Reference).Texts.Single();
        var note = canvas.AllStructures.First(s => s.Role == StructureRole.Note);
        Assert.Equal(reference.PageIndex, note.Texts[0].PageIndex);
        double footer = canvas.TextsOn(reference.PageIndex).Where(t => t.Artifact == ArtifactKind.Footer).Min(t => t.Origin.Y);
        Assert.All(canvas.TextsOn(reference.PageIndex).Where(t => t.Artifact is null), t => Assert.True(t.Origin.Y < footer));
    }

    [Fact]
    public void LongNote_ContinuesOnTheNextPage()
    {
        var (canvas, result) = WithFooter(col =>
        {
            col.Item().Spacer(200);
            col.Item().Paragraph(p => { p.Span(Render.Words(20)); p.Footnote(Render.Words(260, 5)); p.Span(Render.Words(200, 3)); });
        });
        var notes = canvas.AllStructures.Where(s => s.Role == StructureRole.Note).ToList();
        Assert.True(notes.Count >= 2, "the note should be in two parts");
        var reference = canvas.AllStructures.Single(s => s.Role == StructureRole.Reference).Texts.Single();
        Assert.Equal("footnote-1", notes[0].Element.Id);
        Assert.Equal(reference.PageIndex, notes[0].Texts[0].PageIndex);
        Assert.Equal("footnote-1-continued", notes[1].Element.Id);
        Assert.Equal(reference.PageIndex + 1, notes[1].Texts[0].PageIndex);
        Assert.True(notes[0].Texts.Select(t => t.Origin.Y).Distinct().Count() >= 2, "at least two lines of the note stay with the reference");
        // Every word of the note is printed exactly once.
        string all = string.Concat(notes.Select(n => n.AllText)).Replace(" ", "");
        Assert.Equal(("1 " + Render.Words(260, 5)).Replace(" ", ""), all);
        for (int page = 0; page < result.PageCount; page++)
        {
            var footer = canvas.TextsOn(page).Where(t => t.Artifact == ArtifactKind.Footer).Min(t => t.Origin.Y);
            Assert.All(canvas.TextsOn(page).Where(t => t.Artifact is null), t => Assert.True(t.Origin.Y < footer - 5));
        }
    }

    [Fact]
    public void Notes_AreNumberedInDocumentOrder()
    {
        var (canvas, _) = WithFooter(col =>
        {
            for (int i = 0; i < 5; i++) col.Item().Paragraph(p => { p.Span("x"); p.Footnote("n"); });
        });
        var numbers = canvas.AllStructures.Where(s => s.Role == StructureRole.Reference).Select(s => s.AllText).ToList();
        Assert.Equal(["1", "2", "3", "4", "5"], numbers);
    }

    [Fact]
    public void BodyShrinks_ByTheHeightOfTheNotes()
    {
        // Same content with and without notes: the notes push body text to later pages.
        var (without, r1) = WithFooter(col => { for (int i = 0; i < 20; i++) col.Item().Paragraph(p => p.Span(Render.Words(30, i))); });
        var (with, r2) = WithFooter(col => { for (int i = 0; i < 20; i++) { int n = i; col.Item().Paragraph(p => { p.Span(Render.Words(30, n)); p.Footnote(Render.Words(20, n)); }); } });
        Assert.True(r2.PageCount > r1.PageCount);
        Assert.Empty(with.Problems);
    }

    [Fact]
    public void LineWhoseNoteDoesNotFit_MovesToTheNextPage_WithItsNote()
    {
        // A one-line paragraph with a two-line note (too short to split), pushed down the 360 pt body step by step:
        // where the line fits but its note does not, line and note go to the next page together.
        const string note = "A note of two lines, long enough to wrap once in the narrow body.";
        int moved = 0;
        for (double spacer = 280; spacer <= 352; spacer += 2)
        {
            var (with, _) = Render.Content(c => c.Column(col =>
            {
                col.Item().Spacer(spacer);
                col.Item().Paragraph(p => { p.Span("Referenced"); p.Footnote(note); });
            }));
            var (without, _) = Render.Content(c => c.Column(col =>
            {
                col.Item().Spacer(spacer);
                col.Item().Paragraph(p => p.Span("Referenced"));
            }));
            var reference = with.AllStructures.Single(s => s.Role == StructureRole.Reference).Texts.Single();
            var notes = with.AllStructures.Where(s => s.Role == StructureRole.Note).ToList();
            var noteLines = Assert.Single(notes).Texts.Select(t => t.Origin.Y).Distinct().Count();
            Assert.Equal(2, noteLines);
            Assert.All(notes[0].Texts, t => Assert.Equal(reference.PageIndex, t.PageIndex));
            int alone = without.Texts.Single(t => t.Text.Contains("Referenced")).PageIndex;
            int placed = with.Texts.Single(t => t.Text.Contains("Referenced")).PageIndex;
            Assert.True(placed >= alone);
            if (placed > alone) moved++;
        }
        Assert.True(moved > 0, "no spacer height left room for the line but not for its note");
    }
}
