using ReportBuilder.Layout.Drawing;
using UglyToad.PdfPig;

namespace ReportBuilder.Pdf.Tests;

/// <summary>Rotated drawing (a diagonal watermark): the text matrix read back turns as asked, and the rotation ends with its call.</summary>
public class RotationTests
{
    static byte[] Watermark(double degrees) => Sample.Render(c =>
    {
        c.BeginDocument(Sample.Description with { Bookmarks = [] });
        c.BeginPage(Size.A4);
        c.BeginArtifact(ArtifactKind.Watermark);
        c.BeginRotation(new Point(297.6, 420.9), degrees);
        c.DrawText("DRAFT", TestFonts.Bold, 100, Color.Parse("#C8282840"), new Point(140, 456));
        c.EndRotation();
        c.EndArtifact();
        c.BeginStructure(new StructureElement(StructureRole.Paragraph));
        c.DrawText("Level text after the watermark", TestFonts.Regular, 11, Color.Black, new Point(72, 100));
        c.EndStructure();
        c.EndPage();
        c.EndDocument();
    });

    [Theory]
    [InlineData(54.7)]
    [InlineData(30)]
    [InlineData(-20)]
    public void Text_in_a_rotation_runs_at_that_angle_counter_clockwise(double degrees)
    {
        using var pdf = PdfDocument.Open(Watermark(degrees));
        var page = pdf.GetPage(1);
        var letters = page.Letters.Where(l => "DRAFT".Contains(l.Value, StringComparison.Ordinal) && l.Value.Length == 1).ToList();
        Assert.Equal("DRAFT", string.Concat(letters.Select(l => l.Value)));
        // PDF space has y up, so a counter-clockwise turn on the page is a positive angle here too.
        var from = letters[0].StartBaseLine;
        var to = letters[^1].EndBaseLine;
        double angle = Math.Atan2(to.Y - from.Y, to.X - from.X) * 180 / Math.PI;
        Assert.Equal(degrees, angle, 0.5);
        // The text turns about the centre given: the middle of the word stays near it (x 297.6, y from the bottom 841.9 - 420.9).
        double midX = (from.X + to.X) / 2, midY = (from.Y + to.Y) / 2;
        Assert.InRange(Math.Sqrt(Math.Pow(midX - 297.6, 2) + Math.Pow(midY - 421, 2)), 0, 40);
    }

    [Fact]
    public void Text_after_the_rotation_is_level_again_and_extracts_as_words()
    {
        using var pdf = PdfDocument.Open(Watermark(54.7));
        var page = pdf.GetPage(1);
        var level = page.GetWords().First(w => w.Text == "Level");
        Assert.Equal(level.Letters[0].StartBaseLine.Y, level.Letters[^1].StartBaseLine.Y, 0.01);
        Assert.Equal(page.Height - 100, level.Letters[0].StartBaseLine.Y, 0.5);
    }

    [Fact]
    public void The_rotation_is_a_saved_graphics_state_inside_the_artifact()
    {
        // q … cm … Q nests inside the artifact's BDC … EMC: marked content and graphics state stay balanced.
        var pdf = Sample.Render(c =>
        {
            c.BeginDocument(Sample.Description with { Bookmarks = [] });
            c.BeginPage(Size.A4);
            c.BeginArtifact(ArtifactKind.Watermark);
            c.BeginRotation(new Point(300, 400), 45);
            c.DrawText("DRAFT", TestFonts.Bold, 60, Color.Black, new Point(200, 400));
            c.EndRotation();
            c.EndArtifact();
            c.EndPage();
            c.EndDocument();
        }, new PdfCanvasOptions { Compress = false });
        var content = System.Text.Encoding.Latin1.GetString(pdf);
        int bdc = content.IndexOf("/Artifact", StringComparison.Ordinal);
        int q = content.IndexOf("\nq\n", bdc, StringComparison.Ordinal);
        int cm = content.IndexOf(" cm\n", q, StringComparison.Ordinal);
        int restore = content.IndexOf("\nQ\n", cm, StringComparison.Ordinal);
        int emc = content.IndexOf("EMC", restore, StringComparison.Ordinal);
        Assert.True(bdc >= 0 && q > bdc && cm > q && restore > cm && emc > restore, "expected /Artifact BDC, q, cm, Q, EMC in that order");
    }

    [Fact]
    public void A_rotation_left_open_at_the_end_of_a_page_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Sample.Render(c =>
        {
            c.BeginDocument(Sample.Description with { Bookmarks = [] });
            c.BeginPage(Size.A4);
            c.BeginRotation(new Point(300, 400), 45);
            c.EndPage();
        }));
        Assert.Contains("rotation", error.Message, StringComparison.Ordinal);
    }
}
