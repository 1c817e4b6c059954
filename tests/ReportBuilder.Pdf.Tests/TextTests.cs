using ReportBuilder.Layout.Drawing;
using UglyToad.PdfPig;

namespace ReportBuilder.Pdf.Tests;

public class TextTests
{
    static readonly byte[] Pdf = Sample.Render(Sample.TwoPages);

    [Theory]
    [InlineData(1, "Foreword", 72, 100)]
    [InlineData(1, "“Quoted”", 72, 130)]
    [InlineData(1, "Second", 72, 144)]
    [InlineData(1, "see", 180, 144)]
    [InlineData(1, "★", 380, 130)]
    [InlineData(2, "Findings", 72, 170)]
    [InlineData(2, "and", 72, 90)]
    public void Words_start_at_the_baseline_origin_they_were_drawn_at(int page, string word, double x, double baselineFromTop)
    {
        using var pdf = PdfDocument.Open(Pdf);
        var p = pdf.GetPage(page);
        var w = p.GetWords().First(w => w.Text == word);
        var first = w.Letters[0];
        Assert.Equal(x, first.StartBaseLine.X, 0.5);
        Assert.Equal(p.Height - baselineFromTop, first.StartBaseLine.Y, 0.5);
    }

    [Fact]
    public void Curly_quotes_dashes_and_symbols_extract_as_written()
    {
        using var pdf = PdfDocument.Open(Pdf);
        var text = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
        Assert.Contains("“Quoted”", text, StringComparison.Ordinal);
        Assert.Contains("–", text);
        Assert.Contains("—", text);
        Assert.Contains("★", text);
    }

    [Fact]
    public void Glyph_advances_follow_the_font_size()
    {
        // "Foreword" in 24 pt bold: the second letter starts one 'F' advance (0.610 em) after the first.
        using var pdf = PdfDocument.Open(Pdf);
        var w = pdf.GetPage(1).GetWords().First(w => w.Text == "Foreword");
        Assert.Equal(72 + 0.610 * 24, w.Letters[1].StartBaseLine.X, 0.05);
        Assert.Equal(24, w.Letters[0].PointSize, 0.01);
    }

    [Fact]
    public void Fonts_are_embedded_subsets()
    {
        using var pdf = PdfDocument.Open(Pdf);
        var fonts = pdf.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches(@"^[A-Z]{6}\+", f));
    }

    [Fact]
    public void Many_documents_render_concurrently_with_their_own_fonts()
    {
        var outputs = new byte[6][];
        Parallel.For(0, outputs.Length, i => outputs[i] = Sample.Render(Sample.TwoPages));
        Assert.All(outputs, o => Assert.Equal(outputs[0], o));
    }
}
