using UglyToad.PdfPig;

namespace ReportBuilder.Pdf.Tests;

public class SmokeTests
{
    [Fact]
    public void Two_page_sample_has_two_pages_and_its_heading_text()
    {
        var bytes = Sample.Render(Sample.TwoPages);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.Contains("Foreword", pdf.GetPage(1).Text);
        Assert.Contains("Findings", pdf.GetPage(2).Text);
    }
}
