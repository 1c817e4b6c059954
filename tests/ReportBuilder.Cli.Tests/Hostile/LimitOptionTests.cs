using System.Diagnostics;
using System.Text;
using ReportBuilder.Cli.Archive;
using ReportBuilder.Cli.Limits;
using ReportBuilder.Pipeline.Limits;
using ReportBuilder.Cli.Tests.Support;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Cli.Tests.Hostile;

/// <summary>
/// <c>--limit name=value</c> through the real entry point: each limit changes what a build does, bad values are usage
/// errors (exit 2) naming the option and what was expected, and the time limit stops a build in layout and in templates.
/// </summary>
public class LimitOptionTests
{
    internal static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var run = Task.Run(() => Program.Run(args, output, output));
        Assert.True(run.Wait(TimeSpan.FromSeconds(120)), $"reportbuilder {string.Join(' ', args)} did not finish (a hang)");
        lock (output) return (run.Result, output.ToString());
    }

    internal static (int Exit, string Output) Build(HostileFolder folder, params string[] limits) =>
        Run(["build", folder.Report, "--templates", folder.Templates, "-o", folder.Pdf, .. limits]);

    internal static string[] Outputs(HostileFolder folder) =>
        Directory.Exists(folder.Out) ? Directory.GetFiles(folder.Out, "*", SearchOption.AllDirectories) : [];

    [Fact]
    public void Pages_Five_RefusesLincolnshire_WithThePageLimitError()
    {
        using var folder = new HostileFolder();
        var (exit, output) = Build(folder, "--limit", "pages=5");
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("more than 5 pages; the limit is 5 (--limit pages=…)", output);
        Assert.Contains("[RB1103]", output);
        Assert.Empty(Outputs(folder));

        var (again, againOutput) = Build(folder, "--limit", "pages=27");   // Lincolnshire has exactly 27: allowed
        Assert.True(again is ExitCodes.Success or ExitCodes.Warnings, againOutput);
        Assert.Equal([folder.Pdf], Outputs(folder));
    }

    [Fact]
    public void Pages_Five_RefusesTheDraftToo()
    {
        using var folder = new HostileFolder();
        var draft = Path.Combine(folder.Out, "draft.pdf");
        var (exit, output) = Run("draft", folder.Report, "--templates", folder.Templates, "-o", draft, "--limit", "pages=5");
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("the limit is 5 (--limit pages=…)", output);
        Assert.Contains("No draft", output);
        Assert.Empty(Outputs(folder));
    }

    [Fact]
    public void FileSize_AppliesToTheHtmlEdition()
    {
        using var folder = new HostileFolder();
        var (exit, output) = Run("build", folder.Report, "--templates", folder.Templates, "--format", "html", "-o", folder.Out, "--limit", "file-size=10KB");
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("NOTES.md:1:1: error: the file is 12,761 bytes; the limit is 10,000", output);
        Assert.Empty(Outputs(folder));
    }

    [Fact]
    public void FileSize_Higher_AcceptsAFileTheDefaultRefuses()
    {
        using var folder = new HostileFolder();
        folder.WriteBytes("appendix.txt", Encoding.UTF8.GetBytes(new string('x', 1_500_000)));

        var (refused, refusedOutput) = Build(folder);
        Assert.Equal(ExitCodes.Errors, refused);
        Assert.Contains("appendix.txt:1:1: error: the file is 1,500,000 bytes; the limit is 1,048,576", refusedOutput);
        Assert.Empty(Outputs(folder));

        var (built, builtOutput) = Build(folder, "--limit", "file-size=2MiB");
        Assert.True(built is ExitCodes.Success or ExitCodes.Warnings, builtOutput);
        Assert.DoesNotContain("RB0010", builtOutput);
        Assert.Equal([folder.Pdf], Outputs(folder));
    }

    [Fact]
    public void FileSizeAndFiles_ApplyToCheck()
    {
        using var folder = new HostileFolder();
        var (small, smallOutput) = Run("check", folder.Report, "--templates", folder.Templates, "--limit", "file-size=10KB");
        Assert.Equal(ExitCodes.Errors, small);
        Assert.Contains("NOTES.md:1:1: error: the file is 12,761 bytes; the limit is 10,000", smallOutput);

        var (few, fewOutput) = Run("check", folder.Report, "--templates", folder.Templates, "--limit", "files=5");
        Assert.Equal(ExitCodes.Errors, few);
        Assert.Contains("more than 5 files", fewOutput);

        var (fine, fineOutput) = Run("check", folder.Report, "--templates", folder.Templates, "--limit", "files=30", "--limit", "file-size=13KB");
        Assert.True(fine is ExitCodes.Success or ExitCodes.Warnings, fineOutput);
        Assert.Contains("Overall rating: Outstanding", fineOutput);
    }

    [Fact]
    public void Loop_Lower_StopsTheTemplates_AtTheLoop()
    {
        using var folder = new HostileFolder();
        var (exit, output) = Build(folder, "--limit", "loop=5");
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Matches(@"\.sbn:\d+:\d+: error: Template error: Exceeding number of iteration limit `5`", output);
        Assert.Empty(Outputs(folder));
    }

    [Fact]
    public void Recursion_Higher_AllowsWhatTheDefaultRefuses()
    {
        using var folder = new HostileFolder();
        File.WriteAllText(folder.TemplateFile("cover.sbn"),
            File.ReadAllText(folder.TemplateFile("cover.sbn")) + "{{ func depth(n); if n < 80; ret depth(n + 1); end; ret n; end }}<!-- {{ depth(0) }} -->\n");

        var (refused, refusedOutput) = Build(folder);
        Assert.Equal(ExitCodes.Errors, refused);
        Assert.Contains("recursive depth limit `64`", refusedOutput);

        var (built, builtOutput) = Build(folder, "--limit", "recursion=200");
        Assert.True(built is ExitCodes.Success or ExitCodes.Warnings, builtOutput);
        Assert.Equal([folder.Pdf], Outputs(folder));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("draft")]
    [InlineData("watch")]
    [InlineData("archive")]
    [InlineData("check")]
    public void BadValues_AreUsageErrors_NamingTheOptionAndWhatWasExpected(string command)
    {
        using var folder = new HostileFolder();
        string[] extra = command == "archive" ? ["-o", folder.Out] : [];
        foreach (var (value, expected) in new[]
                 {
                     ("pages=abc", "--limit pages=abc: pages must be a whole number of pages from 1 to 1,000,000"),
                     ("pages=0", "--limit pages=0: pages must be a whole number of pages from 1"),
                     ("time=soon", "--limit time=soon: time must be a duration from 1ms to 24h, such as 30s"),
                     ("file-size=5 furlongs", "--limit file-size=5 furlongs: file-size must be a size from 1B to 1GiB"),
                     ("size=5MB", "--limit size=5MB: there is no limit called 'size'; the limits are file-size, files, pages, time, loop, recursion"),
                     ("pages", "--limit pages: write name=value"),
                 })
        {
            var (exit, output) = Run([command, folder.Report, .. extra, "--limit", value]);
            Assert.Equal(ExitCodes.Errors, exit);
            Assert.Contains(expected, output);
            HostileCorpusTests.AssertNoCrash(output);
        }
        Assert.Empty(Outputs(folder));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("draft")]
    [InlineData("watch")]
    [InlineData("archive")]
    [InlineData("check")]
    public void Help_ListsEveryLimitWithItsDefault_OnOneOption(string command)
    {
        var (_, output) = Run(command, "--help");
        Assert.Contains("--limit <name=value>", output);
        Assert.Contains("file-size=1MiB, files=1000, pages=1000, time=60s, loop=10000, recursion=64", output);
        Assert.DoesNotContain("ReportLimits {", output);
    }

    [Fact]
    public void Limits_CanComeFromAResponseFile()
    {
        using var folder = new HostileFolder();
        var file = Path.Combine(folder.Root, "limits.rsp");
        File.WriteAllText(file, "--limit time=30s\n--limit pages=5\n");
        var (exit, output) = Build(folder, "@" + file);
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("the limit is 5 (--limit pages=…)", output);
    }

    [Fact]
    public void LaterValues_Win_AndUnnamedLimitsKeepTheirDefaults()
    {
        Assert.True(LimitSettings.TryApply(ReportLimits.Default, "pages=5", out var a, out _));
        Assert.True(LimitSettings.TryApply(a, "PAGES = 7", out var b, out _));
        Assert.Equal(ReportLimits.Default with { MaxPages = 7 }, b);
        Assert.Equal("file-size=1MiB, files=1000, pages=7, time=60s, loop=10000, recursion=64", LimitSettings.Describe(b));
    }

    [Theory]
    [InlineData("1048576", 1L << 20, "1MiB")]
    [InlineData("1MiB", 1L << 20, "1MiB")]
    [InlineData("1.5 mib", 3L << 19, "1536KiB")]
    [InlineData("500KB", 500_000, "500KB")]
    [InlineData("2GB", 2_000_000_000, "2GB")]
    [InlineData("1234", 1234, "1234B")]
    public void Sizes_ParseExactly_AndPrintBack(string text, long bytes, string shown)
    {
        Assert.True(LimitText.TryParseSize(text, out var parsed));
        Assert.Equal(bytes, parsed);
        Assert.Equal(shown, LimitText.Size(parsed));
        Assert.True(LimitText.TryParseSize(shown, out var again));
        Assert.Equal(bytes, again);
    }

    [Theory]
    [InlineData("30", 30_000, "30s")]
    [InlineData("30s", 30_000, "30s")]
    [InlineData("500ms", 500, "500ms")]
    [InlineData("2m", 120_000, "120s")]
    [InlineData("10min", 600_000, "10m")]
    [InlineData("1h", 3_600_000, "1h")]
    [InlineData("1.5s", 1_500, "1500ms")]
    public void Durations_Parse_AndPrintBack(string text, long milliseconds, string shown)
    {
        Assert.True(LimitText.TryParseDuration(text, out var parsed));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), parsed);
        Assert.Equal(shown, LimitText.Duration(parsed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("5 parsecs")]
    [InlineData("1e3")]
    [InlineData("MiB")]
    public void NotASize_IsRefused(string text) => Assert.False(LimitText.TryParseSize(text, out _));

    [Fact]
    public void ReliabilityDoc_ListsEveryLimitWithItsDefaultOption()
    {
        var doc = File.ReadAllText(Repository.Path("docs", "reliability.md"));
        foreach (var pair in LimitSettings.Describe(ReportLimits.Default).Split(", "))
            Assert.Contains($"`--limit {pair}`", doc);
    }

    internal static string LargeText(int bytes)
    {
        string[] words = ["inspection", "of", "youth", "justice", "services", "the", "partnership", "board", "children", "and",
            "staff", "work", "well", "together", "to", "keep", "people", "safe", "quality", "assurance", "is", "effective"];
        var sb = new StringBuilder(bytes + 1000);
        var x = 12345u;
        while (sb.Length < bytes)
        {
            for (var i = 0; i < 90; i++)
            {
                x = x * 1664525u + 1013904223u;
                sb.Append(words[(x >> 16) % (uint)words.Length]).Append(i == 89 ? ".\n\n" : " ");
            }
        }
        return sb.ToString().TrimEnd('\n');
    }
}

[CollectionDefinition(nameof(TimeLimitTests), DisableParallelization = true)]
public sealed class TimeLimitCollection;

/// <summary>
/// <c>--limit time=…</c>: a build past its time stops in the stage it is in (templates, layout, PDF), fails with RB1104
/// naming the report and the limit, and writes nothing. Run alone: their clocks must not measure other tests' load.
/// </summary>
[Collection(nameof(TimeLimitTests))]
public class TimeLimitTests
{
    [Fact]
    public void Time_Tiny_StopsALargeDocumentInLayout_Quickly_WithNothingWritten()
    {
        using var folder = new HostileFolder();
        folder.AppendParagraph("text/domain-2.md", LimitOptionTests.LargeText(3_500_000));
        folder.AppendParagraph("text/domain-3.md", LimitOptionTests.LargeText(3_500_000));
        var clock = Stopwatch.StartNew();
        // About 2,000 pages: several seconds even warm on an idle machine, so a limit of 1 s always ends it early.
        var (exit, output) = LimitOptionTests.Build(folder, "--limit", "file-size=4MiB", "--limit", "pages=100000", "--limit", "time=1s");
        clock.Stop();

        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains($"{folder.Report}:1:1: error: the build was stopped after", output);
        // Layout on an idle machine; on a loaded one reading or templating 3 MB may already use up the second. Layout's
        // own checks are proved deterministically in ReportBuilder.Layout.Tests (CancellationTests).
        Assert.Matches(@"while (laying out and writing the PDF|running the templates|loading the folder): the time limit per report is 1s \(raise it with --limit time=…\)", output);
        Assert.Contains("[RB1104]", output);
        Assert.Empty(LimitOptionTests.Outputs(folder));
        // Stopped, it costs the limit and one page's work (or the load of 7 MB): well under the time it takes whole.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{clock.Elapsed.TotalSeconds:0.0} s");
        HostileCorpusTests.AssertNoCrash(output);
    }

    [Fact]
    public void Time_StopsATemplateLoop_ThatTheLoopLimitAllows()
    {
        using var folder = new HostileFolder();
        File.WriteAllText(folder.TemplateFile("cover.sbn"), "{{ for i in 1..100000000 }}{{ end }}\n");
        var clock = Stopwatch.StartNew();
        var (exit, output) = LimitOptionTests.Build(folder, "--limit", "loop=100000000", "--limit", "time=1s");
        clock.Stop();

        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("while running the templates: the time limit per report is 1s", output);
        Assert.Empty(LimitOptionTests.Outputs(folder));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"{clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void Archive_AReportOverTheTimeLimit_Fails_AndTheNextIsBuilt()
    {
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        // The slow report names template version 2: a copy of version 1 whose cover runs a loop of 10^8 steps, which no
        // machine finishes in 3 s, while Lincolnshire (version 1) builds in well under a second.
        var templates = temp.Combine("templates");
        Folders.Copy(Repository.Path("templates"), templates);
        var slowSet = Path.Combine(templates, "hmip-youth-2021", "2");
        Folders.Copy(Path.Combine(templates, "hmip-youth-2021", "1"), slowSet);
        File.WriteAllText(Path.Combine(slowSet, "template.yaml"), File.ReadAllText(Path.Combine(slowSet, "template.yaml")).Replace("version: \"1\"", "version: \"2\""));
        File.WriteAllText(Path.Combine(slowSet, "cover.sbn"), "{{ for i in 1..100000000 }}{{ end }}\n");
        using (var slow = new HostileFolder())
        {
            // "a-slow" sorts first: with one job it is built first, and the archive must go on to Lincolnshire after it.
            slow.Replace("report.yaml", "id: lincolnshire-2023", "id: a-slow-2023");
            slow.Replace("report.yaml", "template_version: \"1\"", "template_version: \"2\"");
            Folders.Copy(slow.Report, Path.Combine(data, "a-slow-2023"));
        }
        Folders.Copy(Repository.Path("data", "lincolnshire-2023"), Path.Combine(data, "lincolnshire-2023"));
        var output = temp.Combine("out");

        var (exit, text) = LimitOptionTests.Run("archive", data, "-o", output, "--templates", templates, "--jobs", "1",
            "--limit", "loop=100000000", "--limit", "time=3s");

        Assert.Equal(ExitCodes.Warnings, exit);
        Assert.Contains("1 built, 1 failed", text);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(text,
            @"a-slow-2023:1:1: error: the build was stopped after [\d.]+ s, while [A-Za-z ]+: the time limit per report is 3s"), text);
        Assert.True(File.Exists(Path.Combine(output, "lincolnshire-2023.pdf")), text);
        Assert.False(File.Exists(Path.Combine(output, "a-slow-2023.pdf")));
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
        var manifest = ManifestFile.Read(Path.Combine(output, Manifest.FileName));
        Assert.Equal("a-slow-2023", Assert.Single(manifest.Failures).Id);
        Assert.Equal("lincolnshire-2023", Assert.Single(manifest.Reports).Id);
    }
}
