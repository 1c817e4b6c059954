using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.TestEngine;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Tests.Text;

/// <summary>Kerning from the font's <c>kern</c> table, applied by the engine (no backend kerns by itself), and only when asked.</summary>
public class KerningTests
{
    private const double Size = 20;
    private static FontMetrics Regular => TestFonts.Collection.Resolve("Liberation Sans", false, false).Metrics;

    [Fact]
    public void The_kern_table_gives_pairs_by_character()
    {
        Assert.InRange(Regular.Kerning('A', 'V'), -0.2, -0.01);
        Assert.InRange(Regular.Kerning('T', 'o'), -0.2, -0.01);
        Assert.Equal(0, Regular.Kerning('o', 'n'));
        Assert.Equal(0, Regular.Kerning('A', '\u20AC'));
    }

    [Fact]
    public void Off_by_default_a_word_is_one_call_at_plain_advances()
    {
        var (canvas, _) = Render.Content(c => c.Paragraph(p => p.Span("AVATAR Today").FontSize(Size)));
        Assert.Equal("AVATAR Today", Assert.Single(canvas.Texts).Text);
    }

    [Fact]
    public void On_each_kerned_pair_moves_the_rest_of_the_word_by_the_fonts_adjustment()
    {
        const string text = "AVATAR Today";
        var (canvas, _) = Render.Content(c => c.Paragraph(p => p.Kerning().Span(text).FontSize(Size)));
        var pieces = canvas.Texts.ToList();

        // The pieces touch and read, in order, as the text: nothing added or lost for extraction or tagging.
        Assert.Equal(text, string.Concat(pieces.Select(t => t.Text)));
        Assert.True(pieces.Count >= 5, $"expected the word cut at AV, VA, AT, TA and To; got {string.Join("|", pieces.Select(t => t.Text))}");
        for (int i = 1; i < pieces.Count; i++)
        {
            var before = pieces[i - 1];
            double plain = before.Font.MeasureWidth(before.Text, Size);
            double kern = Regular.Kerning(before.Text[^1], pieces[i].Text[0]) * Size;
            Assert.NotEqual(0, kern + (before.Text[^1] == ' ' ? 1 : 0)); // every cut is at a kerned pair (or after the space)
            Assert.Equal(before.Origin.X + plain + kern, pieces[i].Origin.X, 6);
        }
        // The line is narrower than the same text unkerned by exactly the sum of the pairs.
        double kerned = pieces[^1].Origin.X + pieces[^1].Font.MeasureWidth(pieces[^1].Text, Size) - pieces[0].Origin.X;
        double sum = 0;
        for (int i = 1; i < text.Length; i++) if (text[i - 1] != ' ' && text[i] != ' ') sum += Regular.Kerning(text[i - 1], text[i]);
        Assert.True(sum < 0);
        Assert.Equal(pieces[0].Font.MeasureWidth(text, Size) + sum * Size, kerned, 6);
    }

    [Fact]
    public void A_line_that_fits_only_kerned_breaks_unkerned()
    {
        // Sized so that the text is 1 pt wider than the 260 pt line at plain advances, and narrower kerned.
        const string text = "WAVY AVAVA";
        var face = TestFonts.Collection.Resolve("Liberation Sans", false, false);
        double size = 261 / face.MeasureWidth(text, 1);
        double sum = 0;
        for (int i = 1; i < text.Length; i++) sum += Regular.Kerning(text[i - 1], text[i]);
        Assert.True(sum * size < -1);
        int Lines(bool kern) => Render.Content(c => c.Paragraph(p => p.Kerning(kern).Span(text).FontSize(size)))
            .Canvas.Texts.Select(t => t.Origin.Y).Distinct().Count();
        Assert.Equal(2, Lines(false));
        Assert.Equal(1, Lines(true));
    }
}

public class DamagedKerningTests
{
    [Fact]
    public void A_kern_table_listing_more_pairs_than_it_holds_is_refused_naming_the_file()
    {
        var data = File.ReadAllBytes(Path.Combine(TestFonts.Folder, "LiberationSans-Regular.ttf"));
        int tables = data[4] << 8 | data[5], kern = -1;
        for (int i = 0; i < tables; i++)
            if (System.Text.Encoding.ASCII.GetString(data, 12 + i * 16, 4) == "kern")
                kern = data[12 + i * 16 + 8] << 24 | data[12 + i * 16 + 9] << 16 | data[12 + i * 16 + 10] << 8 | data[12 + i * 16 + 11];
        Assert.True(kern > 0);
        data[kern + 10] = 0xFF; // the first subtable's pair count, now 65,535 and more
        data[kern + 11] = 0xFF;

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeReader.Read(data, "fonts/Damaged.ttf"));
        Assert.Contains("fonts/Damaged.ttf", error.Message);
        Assert.Contains("'kern' table is damaged", error.Message);
    }
}
