using ReportBuilder.Pipeline;
using ReportBuilder.Cli.Tests.EndToEnd;

namespace ReportBuilder.Cli.Tests.Commands;

/// <summary>'reportbuilder build' in-process: refuses broken reports, writes atomically where asked, same bytes every time.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("rb-build-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string CopyReport(string name)
    {
        var target = Path.Combine(_temp, name);
        Folders.Copy(Repository.Data(name), target);
        return target;
    }

    [Fact]
    public void Build_WritesThePdf_WhereAsked_AndNoTemporaryFile()
    {
        var pdf = Path.Combine(_temp, "out", "lincs.pdf");
        var (exit, output, error) = Run("build", Path.Combine(Repository.Root, "data", "lincolnshire-2023"), "-o", pdf,
            "--templates", Path.Combine(Repository.Root, "templates"));
        Assert.True(exit == ExitCodes.Success, output + error);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 5));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(pdf)!));
        Assert.Contains("pages", output);
    }

    [Fact]
    public void Build_AReportWithErrors_Exits2_PrintsTheErrors_AndWritesNothing()
    {
        var report = CopyReport("example-2019-requires-improvement");
        var csv = Path.Combine(report, "key-questions.csv");
        File.WriteAllText(csv, File.ReadAllText(csv).Replace(",84,21,25", ",eighty-four,21,25"));
        var pdf = Path.Combine(_temp, "never.pdf");
        var (exit, _, error) = Run("build", report, "-o", pdf, "--templates", Path.Combine(Repository.Root, "templates"));
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("key-questions.csv:2:", error);
        Assert.Contains("not built", error);
        Assert.False(File.Exists(pdf));
    }

    [Fact]
    public void Build_ATemplateError_NamesTheTemplateFileAndLine()
    {
        var templates = Path.Combine(_temp, "templates");
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "templates"), "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(templates, Path.GetRelativePath(Path.Combine(Repository.Root, "templates"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        var standard = Path.Combine(templates, "hmip-youth-2018", "1", "standard.sbn");
        File.WriteAllText(standard, File.ReadAllText(standard).Replace("{{ standard.id }}. {{ report.md standard.name }}", "{{ standard.idd }}. {{ report.md standard.name }}"));
        var (exit, _, error) = Run("build", Path.Combine(Repository.Root, "data", "example-2019-requires-improvement"), "-o", Path.Combine(_temp, "x.pdf"), "--templates", templates);
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Matches(@"standard\.sbn:\d+:\d+: error: .*idd", error);
    }

    [Fact]
    public void Build_TwiceGivesTheSameBytes()
    {
        var options = new PipelineOptions { TemplatesRoot = Path.Combine(Repository.Root, "templates"), FontsFolder = Path.Combine(Repository.Root, "fonts") };
        var first = ReportPipeline.Run(Path.Combine(Repository.Root, "data", "example-2019-requires-improvement"), options).Pdf;
        var second = ReportPipeline.Run(Path.Combine(Repository.Root, "data", "example-2019-requires-improvement"), options).Pdf;
        Assert.NotNull(first);
        Assert.True(first.AsSpan().SequenceEqual(second), "two builds of the same folder differ");
        Assert.True(BuiltReports.Lincolnshire.Result.Pdf!.AsSpan().SequenceEqual(
            ReportPipeline.Run(Path.Combine(Repository.Root, "data", "lincolnshire-2023"), options).Pdf), "Lincolnshire differs between builds");
    }

    // [issue #14, faults 1 and 2] An output never destroys what it did not write.
    [Fact]
    public void Build_Html_IntoAFolderItDidNotWrite_RefusesAndKeepsItsFiles()
    {
        var report = CopyReport("lincolnshire-2023");
        var folder = Path.Combine(_temp, "v");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "keep"), "x");
        var (exit, _, error) = Run("build", report, "--format", "html", "-o", folder, "--templates", Path.Combine(Repository.Root, "templates"));
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("RB1301", error);
        Assert.Equal("x", File.ReadAllText(Path.Combine(folder, "keep")));
        Assert.DoesNotContain("index.html", Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Build_Html_TwiceIntoTheSameFolder_ReplacesItsOwnEdition()
    {
        var report = CopyReport("lincolnshire-2023");
        var folder = Path.Combine(_temp, "edition");
        string[] args = ["build", report, "--format", "html", "-o", folder, "--templates", Path.Combine(Repository.Root, "templates")];
        Assert.NotEqual(ExitCodes.Errors, Run(args).Exit);
        var second = Run(args);
        Assert.True(second.Exit != ExitCodes.Errors, second.Error);
        Assert.True(File.Exists(Path.Combine(folder, "index.html")));
    }

    [Theory]
    [InlineData("report.yaml", false)]
    [InlineData("report.yaml", true)]
    public void Build_OutputInsideTheReportFolder_IsRefused_AndTheSourceKept(string file, bool asMarkdown)
    {
        var report = CopyReport("lincolnshire-2023");
        var source = Path.Combine(report, file);
        var before = File.ReadAllBytes(source);
        var pdf = Path.Combine(_temp, "ok.pdf");
        var (exit, _, error) = asMarkdown
            ? Run("build", report, "-o", pdf, "--emit-markdown", source, "--templates", Path.Combine(Repository.Root, "templates"))
            : Run("build", report, "-o", source, "--templates", Path.Combine(Repository.Root, "templates"));
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("RB1301", error);
        Assert.Equal(before, File.ReadAllBytes(source));
        Assert.False(File.Exists(pdf));
    }

    [Fact]
    public void Build_OutputADevice_IsRefused_AndTheDeviceKept()
    {
        var (exit, _, error) = Run("build", CopyReport("lincolnshire-2023"), "-o", "/dev/null", "--templates", Path.Combine(Repository.Root, "templates"));
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("RB1301", error);
        Assert.Equal(0, new FileInfo("/dev/null").Length); // a PDF renamed over it would be a regular file with bytes
    }
}
