using ReportBuilder.Conformance.Metadata;
using ReportBuilder.Conformance.Tests.Fixtures;

namespace ReportBuilder.Conformance.Tests;

public class GoodPdfTests
{
    [Fact]
    public void GoodFixturePasses()
    {
        var report = PdfUaChecker.Check(Broken.Good, "good");
        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void CheckReadsFromAStreamAndAPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rb-conformance-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, Broken.Good);
        try
        {
            Assert.True(PdfUaChecker.Check(path).Passed);
            using var stream = File.OpenRead(path);
            Assert.True(PdfUaChecker.Check(stream).Passed);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void EveryCheckpointConstantIsDescribed()
    {
        var ids = typeof(Checkpoints).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), Checkpoints.Descriptions.Keys);
    }

    [Fact]
    public void NotAPdfIsAClearError()
    {
        var e = Assert.Throws<InvalidDataException>(() => PdfUaChecker.Check("not a pdf"u8.ToArray(), "notes.txt"));
        Assert.StartsWith("notes.txt: not a readable PDF", e.Message);
    }

    [Fact]
    public void XmpIdentificationReadsTheFixturesClaims()
    {
        var xmp = XmpIdentification.FromPdf(Broken.Good)!;
        Assert.Equal(GoodTaggedPdf.Title, xmp.DcTitle);
        Assert.Equal(1, xmp.PdfUaPart);
        Assert.Null(xmp.PdfAPart);
    }

    [Fact]
    public void XmpIdentificationAcceptsTheAttributeForm()
    {
        var xmp = XmpIdentification.FromXml("""
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" pdfaid:part="1" pdfaid:conformance="A"/>
            <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" pdfuaid:part="1"/>
            </rdf:RDF></x:xmpmeta>
            """u8.ToArray());
        Assert.Equal((1, 1, "A"), (xmp.PdfUaPart!.Value, xmp.PdfAPart!.Value, xmp.PdfAConformance));
        Assert.Null(xmp.DcTitle);
    }

    [Fact]
    public void SameInputGivesSameReport()
    {
        var first = PdfUaChecker.Check(BrokenPdfTestsData.TwoFaults()).ToString();
        var second = PdfUaChecker.Check(BrokenPdfTestsData.TwoFaults()).ToString();
        Assert.Equal(first, second);
        Assert.Contains("13-004", first);
        Assert.Contains("28-012", first);
    }
}

internal static class BrokenPdfTestsData
{
    public static byte[] TwoFaults() => Broken.Mutate(doc =>
    {
        var figure = Broken.Element(doc, "Figure");
        figure.Elements.Remove("/Alt");
        Broken.Resolve(Broken.Annotations(doc, 1).Elements[0])!.Elements.Remove("/Contents");
    });
}
