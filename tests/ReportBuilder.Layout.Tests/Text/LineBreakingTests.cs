using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Elements;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Tests.TestEngine;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Tests.Text;

public class LineBreakingTests
{
    /// <summary>Lines of a paragraph laid out at <paramref name="width"/>, as the text each line draws.</summary>
    private static List<string> Lines(string text, double width, TextAlignment alignment = TextAlignment.Left)
    {
        var paragraph = new Paragraph { Alignment = alignment };
        paragraph.Inlines.Add(new TextInline(text));
        var context = UnitEngine.Context();
        var layout = paragraph.GetLayout(context, width);
        return layout.Lines.Select(l =>
        {
            var s = string.Concat(Enumerable.Range(l.Start, l.End - l.Start).Select(i => layout.Text.TextOf(layout.Atoms[i]) + (i < l.End - 1 ? layout.Text.SpacesOf(layout.Atoms[i]) : "")));
            return l.Hyphenated ? s + "-" : s;
        }).ToList();
    }

    private static double Width(string s) => TestFonts.Collection.Resolve("Liberation Sans", false, false).MeasureWidth(s, 11);

    [Fact]
    public void Breaks_AtSpaces_AndEveryLineFits()
    {
        var lines = Lines("the partnership board works well together to keep children safe", 120);
        Assert.True(lines.Count > 2);
        Assert.All(lines, l => Assert.True(Width(l) <= 120.001, $"'{l}' is {Width(l)} wide"));
        Assert.Equal("the partnership board works well together to keep children safe", string.Join(" ", lines));
    }

    [Fact]
    public void SoftHyphen_IsInvisible_UnlessTheLineBreaksThere()
    {
        string word = "in\u00ADcom\u00ADpre\u00ADhen\u00ADsi\u00ADble";
        var wide = Lines("an " + word, 400);
        Assert.Equal(["an incomprehensible"], wide);

        var narrow = Lines("an " + word, Width("an incompre-") + 0.5);
        Assert.Equal("an incompre-", narrow[0]);
        Assert.Equal("hensible", narrow[1]);
    }

    [Fact]
    public void SoftHyphen_IsDrawnAsHyphen_WhenBreaking()
    {
        var (canvas, _) = Render.Content(c => c.Paragraph(p => p.Span("aaaa bbbb in\u00ADcom\u00ADpre\u00ADhen\u00ADsi\u00ADble")), new Size(20 + 20 + Width("aaaa bbbb incom-") + 1, 400));
        var texts = canvas.Texts.Select(t => t.Text).ToList();
        Assert.Contains(texts, t => t.EndsWith("incom-"));
        Assert.DoesNotContain(texts, t => t.Contains('\u00AD'));
    }

    [Fact]
    public void NoBreakSpace_NeverBreaks()
    {
        var lines = Lines("aaa bbb 12\u00A0May 2023 ccc ddd", Width("aaa bbb 12\u00A0Ma"));
        Assert.Contains(lines, l => l.Contains("12\u00A0May"));
    }

    [Fact]
    public void Slash_And_Hyphen_AreBreakOpportunities()
    {
        var lines = Lines("probation/youth well-being", Width("probation/yo"));
        Assert.Equal("probation/", lines[0]);
        var hyphen = Lines("wellbeing well-being", Width("wellbeing well-be"));
        Assert.Equal("wellbeing well-", hyphen[0]);
        Assert.Equal("being", hyphen[1]);
    }

    [Fact]
    public void EnDash_IsABreakOpportunity_ButNotBeforeDigits_ForHyphen()
    {
        var lines = Lines("2019–2023 and -5", Width("2019–20"));
        Assert.Equal("2019–", lines[0]);
    }

    [Fact]
    public void LongWord_BreaksAnywhere_AndEveryPieceFits()
    {
        string word = new('m', 60);
        var lines = Lines(word, 100);
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(Width(l) <= 100.001));
        Assert.Equal(word, string.Concat(lines));
    }

    [Fact]
    public void LineFeed_EndsALine()
    {
        Assert.Equal(["first", "second"], Lines("first\nsecond", 400));
    }

    [Fact]
    public void Justified_LinesFillTheWidth_ExceptTheLast()
    {
        var (canvas, _) = Render.Content(c => c.Paragraph(p => p.Justify().Span(Render.Words(60))));
        var byLine = canvas.Texts.Where(t => t.Structure is not null).GroupBy(t => t.Origin.Y).ToList();
        Assert.True(byLine.Count > 3);
        foreach (var line in byLine.SkipLast(1))
        {
            var last = line.Last();
            double right = last.Origin.X + last.Font.MeasureWidth(last.Text.TrimEnd(), last.FontSize);
            Assert.Equal(280, right, 1); // 300 pt page, 20 pt margins
        }
        var final = byLine.Last().Last();
        Assert.True(final.Origin.X + final.Width < 279);
    }

    [Fact]
    public void Justified_DrawsEveryWordOnceWithItsSpace_WhetherTheLineIsPlainOrNot()
    {
        // Plain justified lines are replayed from their atoms, lines with a link or a printed soft hyphen from runs kept on
        // the line: read in order, the calls must give back the paragraph's text either way, each word at its own x.
        string before = Render.Words(30), after = Render.Words(30, seed: 2);
        var (canvas, _) = Render.Content(c => c.Paragraph(p =>
        {
            p.Justify();
            p.Span(before + " ");
            p.Span("a link").LinkUri("https://example.org/");
            p.Span(" " + after + " extra\u00ADordinarily " + after);
        }));
        var texts = canvas.Texts.Where(t => t.Structure is not null).ToList();
        string read = string.Concat(texts.Select(t => t.Text));
        Assert.Equal($"{before} a link {after} extra{(read.Contains("extra-") ? "-" : "")}ordinarily {after}", read);
        Assert.True(texts.Count > 60, "a justified line draws each word on its own");
        foreach (var line in texts.GroupBy(t => t.Origin.Y))
            Assert.True(line.Zip(line.Skip(1)).All(pair => pair.First.Origin.X + pair.First.Font.MeasureWidth(pair.First.Text.TrimEnd(), pair.First.FontSize) < pair.Second.Origin.X));
    }

    [Fact]
    public void CentredAndRight_AlignLines()
    {
        var (canvas, _) = Render.Content(c => c.Column(col =>
        {
            col.Item().Paragraph(p => p.AlignCenter().Span("centre"));
            col.Item().Paragraph(p => p.AlignRight().Span("right"));
        }));
        var centre = canvas.Texts.Single(t => t.Text == "centre");
        Assert.Equal(150, centre.Origin.X + centre.Width / 2, 2);
        var right = canvas.Texts.Single(t => t.Text == "right");
        Assert.Equal(280, right.Origin.X + right.Width, 2);
    }

    [Fact]
    public void FirstLineAndHangingIndents_MoveTheLines()
    {
        var (canvas, _) = Render.Content(c => c.Paragraph(p => p.FirstLineIndent(30).HangingIndent(10).Span(Render.Words(40))));
        var starts = canvas.Texts.GroupBy(t => t.Origin.Y).Select(g => g.First().Origin.X).ToList();
        Assert.Equal(50, starts[0], 3);
        Assert.All(starts.Skip(1), x => Assert.Equal(30, x, 3));
    }

    [Fact]
    public void Superscript_IsSmallerAndRaised()
    {
        var (canvas, _) = Render.Content(c => c.Paragraph(p => { p.Span("x"); p.Span("2").Superscript(); }));
        var x = canvas.Texts.Single(t => t.Text == "x");
        var two = canvas.Texts.Single(t => t.Text == "2");
        Assert.True(two.FontSize < x.FontSize);
        Assert.True(two.Origin.Y < x.Origin.Y);
    }
}

public class FontTests
{
    [Fact]
    public void Reader_FindsNamesAndMetrics()
    {
        var face = TestFonts.Collection.Resolve("Liberation Sans", true, false);
        Assert.Equal("LiberationSans-Bold", face.Name);
        Assert.True(face.Metrics.IsBold);
        Assert.Equal(2048, face.Metrics.UnitsPerEm);
        Assert.InRange(face.Metrics.Ascent, 0.85, 0.95);
        Assert.InRange(face.Metrics.CapHeight, 0.65, 0.75);
        Assert.Equal(0.278, face.Metrics.Advance(' '), 3); // Arial-compatible widths
    }

    [Fact]
    public void MissingGlyph_IsDrawnFromTheFirstFaceThatHasIt()
    {
        var (canvas, result) = Render.Content(c => c.Paragraph(p => p.Span("Rated ★ and ✓ →")));
        Assert.Empty(result.Warnings);
        var star = canvas.Texts.Single(t => t.Text.Contains('★'));
        Assert.StartsWith("DejaVuSans", star.Font.Name);
        Assert.Contains(canvas.Texts, t => t.Text.StartsWith("Rated") && t.Font.Name == "LiberationSans");
    }

    [Fact]
    public void CharacterNoFontHas_IsReported_WithTheTextAroundIt()
    {
        var (_, result) = Render.Content(c => c.Paragraph(p => p.Span("Inspection \u4E2D of services")));
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("U+4E2D", warning.Message);
        Assert.Contains("Inspection", warning.Message);
    }

    [Fact]
    public void UnknownFamily_FailsWithTheFamiliesLoaded()
    {
        var e = Assert.Throws<LayoutException>(() => Render.Content(c => c.Paragraph(p => p.Span("x").FontFamily("Comic Sans"))));
        Assert.Contains("Comic Sans", e.Message);
        Assert.Contains("Liberation Sans", e.Message);
    }

    [Fact]
    public void FromFolder_RejectsAFolderWithoutFonts()
    {
        var dir = Directory.CreateTempSubdirectory();
        try { Assert.Throws<InvalidDataException>(() => FontCollection.FromFolder(dir.FullName)); }
        finally { dir.Delete(true); }
    }
}
