using ReportBuilder.Pipeline.Building;
using ReportBuilder.Conformance;
using ReportBuilder.Conformance.Metadata;

namespace ReportBuilder.Cli.Tests.EndToEnd;

/// <summary>Skips a test, saying why, when Java or the PDFBox Preflight jars are missing (CI installs them).</summary>
public sealed class PreflightFactAttribute : FactAttribute
{
    private static readonly string[] Jars = ["preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation", "jaxb-api"];

    public PreflightFactAttribute()
    {
        var folder = Environment.GetEnvironmentVariable("PREFLIGHT_JARS") ?? "/usr/share/java";
        var missing = Jars.Where(j => !File.Exists(Path.Combine(folder, j + ".jar"))).ToList();
        if (missing.Count > 0) Skip = $"PDFBox Preflight not installed: {string.Join(", ", missing)} missing in {folder}";
        else if (!(Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "java")))) Skip = "java is not on PATH";
    }
}

/// <summary>
/// Both real reports, built as <c>reportbuilder build</c> builds them, judged as a reader and an archive would:
/// our PDF/UA checker (a Matterhorn subset) with no fault, the PDF/A and PDF/UA claims in XMP, and PDFBox Preflight.
/// </summary>
public class ConformanceEndToEndTests
{
    private static readonly string[] Names = ["lincolnshire-2023", "example-2019-requires-improvement"];
    public static TheoryData<string> Reports => new(Names);

    private static byte[] Pdf(string report) =>
        (report == "lincolnshire-2023" ? BuiltReports.Lincolnshire : BuiltReports.Example).Result.Pdf!;

    [Theory]
    [MemberData(nameof(Reports))]
    public void BuiltReport_PassesThePdfUaChecker(string report)
    {
        var result = PdfUaChecker.Check(Pdf(report), report + ".pdf");
        Assert.True(result.Passed, result.ToString());
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void BuiltReport_ClaimsPdfA1AndPdfUa1(string report)
    {
        var xmp = XmpIdentification.FromPdf(Pdf(report));
        Assert.NotNull(xmp);
        Assert.Equal(1, xmp.PdfUaPart);
        Assert.Equal(1, xmp.PdfAPart);
        Assert.False(string.IsNullOrWhiteSpace(xmp.DcTitle));
    }

    [Fact]
    public void Draft_IsNotPdfA_ItsTranslucentWatermarkIsNotAllowedThere()
    {
        var draft = new PipelineReportBuilder().Build(new ReportBuildRequest(
            Path.Combine(Repository.Root, "data", "example-2019-requires-improvement"), BuildMode.Draft,
            Path.Combine(Repository.Root, "templates"), new DateOnly(2026, 1, 2)));
        var xmp = XmpIdentification.FromPdf(draft.Pdf!);
        Assert.NotNull(xmp);
        Assert.Null(xmp.PdfAPart);
        Assert.Equal(1, xmp.PdfUaPart);
        var result = PdfUaChecker.Check(draft.Pdf!, "draft.pdf");
        Assert.True(result.Passed, result.ToString());
    }

    [PreflightFact]
    public void BothReports_PassPdfBoxPreflight()
    {
        var folder = Directory.CreateTempSubdirectory("rb-preflight-").FullName;
        try
        {
            var files = Names.Select(r => Path.Combine(folder, r + ".pdf")).ToList();
            foreach (var (report, file) in Names.Zip(files)) File.WriteAllBytes(file, Pdf(report));
            var start = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(Repository.Root, "tools", "preflight.sh"));
            foreach (var file in files) start.ArgumentList.Add(file);
            using var process = System.Diagnostics.Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "preflight.sh took over 3 minutes");
            var output = stdout.Result + stderr.Result;
            Assert.True(process.ExitCode == 0, output);
            Assert.All(files, f => Assert.Contains("PASS " + f, output));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
