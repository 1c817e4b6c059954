using System.Diagnostics;

namespace ReportBuilder.Pdf.Tests;

/// <summary>Runs the PDF checkers installed on the machine (poppler, PDFBox Preflight).</summary>
static class ExternalTools
{
    public const string PreflightJars =
        "/usr/share/java/preflight.jar:/usr/share/java/pdfbox2.jar:/usr/share/java/fontbox2.jar:/usr/share/java/xmpbox.jar:" +
        "/usr/share/java/commons-logging.jar:/usr/share/java/javax.activation.jar:/usr/share/java/jaxb-api.jar";

    public static string? Find(string program)
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    public static string? PreflightMissing()
    {
        if (Find("java") is null) return "java is not on PATH";
        var missing = PreflightJars.Split(':').Where(j => !File.Exists(j)).ToList();
        return missing.Count > 0 ? "PDFBox Preflight jars absent: " + string.Join(", ", missing) : null;
    }

    /// <summary>Writes <paramref name="pdf"/> to a temporary file and runs a program on it.</summary>
    public static (int Exit, string Output) Run(string program, string arguments, byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"rb-pdf-test-{Environment.ProcessId}-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var psi = new ProcessStartInfo(program, arguments.Replace("{file}", path))
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            p.WaitForExit(60_000);
            return (p.ExitCode, stdout.Result + stderr.Result);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>A fact that is skipped, with the reason, when PDFBox Preflight cannot run here.</summary>
public sealed class PreflightFactAttribute : FactAttribute
{
    public PreflightFactAttribute()
    {
        if (ExternalTools.PreflightMissing() is { } why) Skip = why;
    }
}

/// <summary>A fact that is skipped when a command-line tool is not installed.</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string program)
    {
        if (ExternalTools.Find(program) is null) Skip = $"{program} is not on PATH";
    }
}
