using System.Text;

namespace ReportBuilder.Pdf.Tests;

public class DeterminismTests
{
    public static TheoryData<string> Modes => ["plain", "tagged", "pdfa", "uncompressed", "fast"];

    static PdfCanvasOptions Options(string mode) => mode switch
    {
        "plain" => new() { Tagged = false },
        "tagged" => new(),
        "pdfa" => new() { PdfA = true },
        "fast" => new() { FastCompression = true },
        _ => new() { Compress = false },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public void Two_renders_are_byte_identical(string mode)
    {
        var a = Sample.Render(Sample.TwoPages, Options(mode));
        var b = Sample.Render(Sample.TwoPages, Options(mode));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Fast_compression_changes_how_streams_are_deflated_not_what_they_hold()
    {
        var usual = Sample.Render(Sample.TwoPages);
        var fast = Sample.Render(Sample.TwoPages, new() { FastCompression = true });
        Assert.NotEqual(usual, fast);
        using var a = UglyToad.PdfPig.PdfDocument.Open(usual);
        using var b = UglyToad.PdfPig.PdfDocument.Open(fast);
        Assert.Equal(a.NumberOfPages, b.NumberOfPages);
        for (var page = 1; page <= a.NumberOfPages; page++)
            Assert.Equal(a.GetPage(page).Text, b.GetPage(page).Text);
    }

    [Fact]
    public void Identifiers_follow_the_seed_not_the_run()
    {
        var a = Latin1(Sample.Render(Sample.TwoPages, new() { Compress = false }));
        var b = Latin1(Sample.Render(c => Sample.TwoPages(c.WithDescription(d => d with { IdentitySeed = "another-seed" })), new() { Compress = false }));
        Assert.NotEqual(Between(a, "/ID[", "]"), Between(b, "/ID[", "]"));
        Assert.NotEqual(Between(a, "<xmpMM:DocumentID>", "<"), Between(b, "<xmpMM:DocumentID>", "<"));
        Assert.NotEqual(Between(a, "/BaseFont/", "+"), Between(b, "/BaseFont/", "+"));
        // Same seed, same identifiers.
        Assert.Equal(Between(a, "/ID[", "]"), Between(Latin1(Sample.Render(Sample.TwoPages, new() { Compress = false })), "/ID[", "]"));
    }

    [Fact]
    public void Without_a_date_no_date_is_written()
    {
        var text = Latin1(Sample.Render(c => Sample.TwoPages(c.WithDescription(d => d with { Date = null })), new() { Compress = false }));
        Assert.DoesNotContain("/CreationDate", text);
        Assert.DoesNotContain("/ModDate", text);
        Assert.DoesNotContain("/M(", text);
        Assert.DoesNotContain("xmp:CreateDate", text);
    }

    [Fact]
    public void With_a_date_every_date_is_that_date()
    {
        var text = Latin1(Sample.Render(Sample.TwoPages, new() { Compress = false }));
        Assert.Contains("/CreationDate(D:20230914000000+00'00')", text);
        Assert.Contains("/ModDate(D:20230914000000+00'00')", text);
        Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyyMMdd"), text.Replace("20230914", ""));
    }

    [Fact]
    public void No_random_uuid_survives_in_the_output()
    {
        var text = Latin1(Sample.Render(Sample.TwoPages, new() { PdfA = true, Compress = false }));
        var uuids = System.Text.RegularExpressions.Regex.Matches(text, "uuid:([0-9a-f-]{36})").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, uuids.Count);
        // Version nibble of a random GUID is 4; ours are hashes, so check they come from the seed instead.
        var again = Latin1(Sample.Render(Sample.TwoPages, new() { PdfA = true, Compress = false }));
        Assert.Equal(uuids, System.Text.RegularExpressions.Regex.Matches(again, "uuid:([0-9a-f-]{36})").Select(m => m.Groups[1].Value));
    }

    static string Latin1(byte[] b) => Encoding.Latin1.GetString(b);

    static string Between(string s, string start, string end)
    {
        var i = s.IndexOf(start, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{start}' not found");
        i += start.Length;
        return s[i..s.IndexOf(end, i, StringComparison.Ordinal)];
    }
}
