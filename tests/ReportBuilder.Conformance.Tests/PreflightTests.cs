using System.Diagnostics;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using ReportBuilder.Conformance.Metadata;
using ReportBuilder.Conformance.Tests.Fixtures;

namespace ReportBuilder.Conformance.Tests;

/// <summary>Skips a test, with the reason, when Java or the PDFBox Preflight jars are not installed.</summary>
public sealed class PreflightFactAttribute : FactAttribute
{
    public PreflightFactAttribute()
    {
        if (Preflight.MissingReason() is { } reason) Skip = reason;
    }
}

/// <summary>Runs tools/preflight.sh (Apache PDFBox Preflight 2, which checks PDF/A-1b) and reads its one line per file.</summary>
public static class Preflight
{
    private static readonly string[] Jars = ["preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation", "jaxb-api"];

    public static string Script => Repository.Path("tools", "preflight.sh");

    public static string? MissingReason()
    {
        var folder = Environment.GetEnvironmentVariable("PREFLIGHT_JARS") ?? "/usr/share/java";
        var missing = Jars.Where(j => !File.Exists(Path.Combine(folder, j + ".jar"))).ToList();
        if (missing.Count > 0) return $"PDFBox Preflight not installed: {string.Join(", ", missing.Select(j => j + ".jar"))} missing in {folder} (apt-get install libpdfbox2-java libactivation-java libjaxb-api-java)";
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "java")));
        return onPath ? null : "java is not on PATH";
    }

    /// <summary>Runs the script on the files; returns its exit code and its lines keyed by file.</summary>
    public static (int ExitCode, Dictionary<string, string> Lines) Run(params string[] files)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        foreach (var file in files) start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) { process.Kill(); throw new TimeoutException("preflight.sh took over 2 minutes"); }
        var lines = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(l => files.Single(f => l.Contains(f, StringComparison.Ordinal)), l => l);
        Assert.True(lines.Count == files.Length, $"expected one line per file, got:\n{stdout.Result}\n{stderr.Result}");
        return (process.ExitCode, lines);
    }
}

/// <summary>The fixtures written once and validated in one run of the script (each Preflight start costs a JVM, ~3 s).</summary>
public sealed class PreflightRun : IDisposable
{
    public PreflightRun()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(PdfAWithPdfUa, GoodTaggedPdf.Build(pdfA: true, compositeFont: false));
        File.WriteAllBytes(NotPdfA, GoodTaggedPdf.Build());
        File.WriteAllBytes(PdfAWithCompositeFont, GoodTaggedPdf.Build(pdfA: true));
        // pdfuaid added naively, without the PDF/A extension schema that describes it.
        File.WriteAllBytes(PdfAWithUndeclaredPdfUa, XmpEditor.Edit(GoodTaggedPdf.Build(pdfA: true, compositeFont: false, addPdfUaIdentifier: false), xmp =>
            xmp.Replace("</rdf:RDF>", "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part></rdf:Description></rdf:RDF>")));
        if (Preflight.MissingReason() is null) Result = Preflight.Run(PdfAWithPdfUa, NotPdfA, PdfAWithCompositeFont, PdfAWithUndeclaredPdfUa);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"rb-preflight-{Environment.ProcessId}");
    public string PdfAWithPdfUa => Path.Combine(Folder, "pdfa-ua.pdf");
    public string NotPdfA => Path.Combine(Folder, "not-pdfa.pdf");
    public string PdfAWithCompositeFont => Path.Combine(Folder, "pdfa-composite.pdf");
    public string PdfAWithUndeclaredPdfUa => Path.Combine(Folder, "pdfa-undeclared-pdfuaid.pdf");
    public (int ExitCode, Dictionary<string, string> Lines) Result { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

public class PreflightTests(PreflightRun run) : IClassFixture<PreflightRun>
{
    [PreflightFact]
    public void SetPdfAFixtureWithPdfUaIdentifierIsValidPdfA1b()
    {
        Assert.Equal($"PASS {run.PdfAWithPdfUa}", run.Result.Lines[run.PdfAWithPdfUa]);
        Assert.True(PdfUaChecker.Check(run.PdfAWithPdfUa).Passed, PdfUaChecker.Check(run.PdfAWithPdfUa).ToString());
    }

    [PreflightFact]
    public void AFileThatIsNotPdfAFailsAndTheScriptExitsOne()
    {
        Assert.StartsWith($"FAIL {run.NotPdfA}: ", run.Result.Lines[run.NotPdfA]);
        Assert.Equal(1, run.Result.ExitCode);
    }

    [PreflightFact]
    public void SetPdfAAloneLeavesCompositeFontsWithoutCidSet() =>
        // PDFsharp 6.2.4 writes no CIDSet for Type0 subsets; a writer that shows text outside WinAnsi must add one.
        Assert.Contains("3.1.11", run.Result.Lines[run.PdfAWithCompositeFont]);

    [PreflightFact]
    public void PdfUaIdentifierNeedsAnExtensionSchemaInPdfA1() =>
        Assert.Contains("7.3", run.Result.Lines[run.PdfAWithUndeclaredPdfUa]);

    [Fact]
    public void SetPdfAClaimsPdfA1aWithAnSrgbOutputIntent()
    {
        var bytes = GoodTaggedPdf.Build(pdfA: true, compositeFont: false);
        var xmp = XmpIdentification.FromPdf(bytes)!;
        Assert.Equal((1, "A", 1), (xmp.PdfAPart!.Value, xmp.PdfAConformance, xmp.PdfUaPart!.Value));
        var doc = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        var intents = doc.Internals.Catalog.Elements.GetArray("/OutputIntents")!;
        var intent = Broken.Resolve(intents.Elements[0])!;
        Assert.Equal("/GTS_PDFA1", intent.Elements.GetName("/S"));
        Assert.Equal("sRGB", intent.Elements.GetString("/OutputConditionIdentifier"));
        Assert.NotNull(intent.Elements.GetDictionary("/DestOutputProfile"));
    }
}
