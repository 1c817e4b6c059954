using System.Text;
using UglyToad.PdfPig;

namespace ReportBuilder.Pdf.Tests;

public class ConformanceTests
{
    static readonly PdfCanvasOptions PdfA = new() { PdfA = true };

    [PreflightFact]
    public void PdfA_output_passes_PDFBox_Preflight()
    {
        var (exit, output) = ExternalTools.Run("java",
            $"-cp {ExternalTools.PreflightJars} org.apache.pdfbox.preflight.Validator_A1b {{file}}",
            Sample.Render(Sample.TwoPages, PdfA));
        Assert.True(exit == 0 && output.Contains("is a valid PDF/A-1b file"), output);
    }

    [PreflightFact]
    public void PdfA_output_without_a_date_passes_Preflight_too()
    {
        var (exit, output) = ExternalTools.Run("java",
            $"-cp {ExternalTools.PreflightJars} org.apache.pdfbox.preflight.Validator_A1b {{file}}",
            Sample.Render(c => Sample.TwoPages(c.WithDescription(d => d with { Date = null })), PdfA));
        Assert.True(exit == 0 && output.Contains("is a valid PDF/A-1b file"), output);
    }

    [PreflightFact]
    public void Preflight_rejects_what_is_not_PdfA()
    {
        // Guards the check above: the same document without the PDF/A step must fail.
        var (_, output) = ExternalTools.Run("java",
            $"-cp {ExternalTools.PreflightJars} org.apache.pdfbox.preflight.Validator_A1b {{file}}",
            Sample.Render(Sample.TwoPages));
        Assert.DoesNotContain("is a valid PDF/A-1b file", output);
    }

    [ToolFact("pdfinfo")]
    public void Pdfinfo_reports_tagged_and_the_metadata_claims()
    {
        var pdf = Sample.Render(Sample.TwoPages, PdfA);
        var (_, info) = ExternalTools.Run("pdfinfo", "{file}", pdf);
        Assert.Contains("Tagged:          yes", info);
        var (_, meta) = ExternalTools.Run("pdfinfo", "-meta {file}", pdf);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", meta);
        Assert.Contains("<pdfaid:part>1</pdfaid:part>", meta);
        Assert.Contains("<pdfaid:conformance>A</pdfaid:conformance>", meta);
    }

    [ToolFact("pdfinfo")]
    public void Untagged_output_says_so()
    {
        var (_, info) = ExternalTools.Run("pdfinfo", "{file}", Sample.Render(Sample.TwoPages, new PdfCanvasOptions { Tagged = false }));
        Assert.Contains("Tagged:          no", info);
    }

    [ToolFact("qpdf")]
    public void Qpdf_finds_a_sound_file_after_our_edits_compressed_or_not()
    {
        foreach (var options in new[] { PdfA, PdfA with { Compress = false }, new PdfCanvasOptions(), new PdfCanvasOptions { FastCompression = true } })
        {
            var (exit, output) = ExternalTools.Run("qpdf", "--check {file}", Sample.Render(Sample.TwoPages, options));
            Assert.True(exit == 0, output);
            Assert.Contains("No syntax or stream encoding errors", output);
        }
    }

    [Fact]
    public void Xmp_mirrors_the_info_dictionary()
    {
        using var pdf = PdfDocument.Open(Sample.Render(Sample.TwoPages, PdfA));
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        var text = Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
        Assert.Contains($">{Sample.Description.Title}<", text);
        Assert.Contains($">{Sample.Description.Author}<", text);
        Assert.Contains("<xmp:CreateDate>2023-09-14T00:00:00+00:00</xmp:CreateDate>", text);
        Assert.Equal("ReportBuilder", pdf.Information.Creator);
        Assert.Contains($"<xmp:CreatorTool>{pdf.Information.Creator}</xmp:CreatorTool>", text);
        Assert.Contains($"<pdf:Producer>{pdf.Information.Producer}</pdf:Producer>", text);
    }
}
