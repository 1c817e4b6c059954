
using System.Text.RegularExpressions;
using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Hostile;

/// <summary>
/// Issue #14, faults 6 and 7: every report file goes through one reader (real path inside the folder, regular file only,
/// size limit while reading). Through <see cref="Program.Run"/>, each under a guard so that a hang fails the test
/// instead of stalling the run.
/// </summary>
public sealed class ReaderTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);
    private readonly HostileFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AFifoAsANarrative_IsRefusedWithoutWaiting_UnderTheTimeLimit()
    {
        if (!OperatingSystem.IsLinux()) return;
        var foreword = _folder.PathOf("text/foreword.md");
        File.Delete(foreword);
        MakeFifo(foreword);

        var (code, messages) = RunGuarded("build", _folder.Report, "-o", _folder.Pdf, "--templates", _folder.Templates, "--limit", "time=3s");

        Assert.Equal(ExitCodes.Errors, code);
        Assert.Matches(@"text/foreword\.md:1:1: error: is not a regular file .*\[RB1302\]", messages);
        Assert.False(File.Exists(_folder.Pdf));
    }

    [Fact]
    public void AFifoUnderAnyName_DoesNotHangArchive()
    {
        if (!OperatingSystem.IsLinux()) return;
        MakeFifo(_folder.PathOf("anything"));

        var (code, messages) = RunGuarded("archive", Path.GetDirectoryName(_folder.Report)!, "-o", _folder.Out, "--templates", _folder.Templates);

        Assert.True(code <= 1, messages);
        Assert.True(File.Exists(Path.Combine(_folder.Out, "manifest.json")), messages);
    }

    /// <summary>
    /// A chain the text check passes: <c>.x/l1/…/lN/up</c> is a link to <c>.x</c> (inside), and the narrative links to
    /// <c>../.x/l1/…/lN/up/../…/../etc/passwd</c>, which reads as inside the folder but which the operating system
    /// resolves, through <c>up</c>, to <c>/etc/passwd</c> (issue #14 fault 6; pointed at /dev/zero it ran out of memory).
    /// </summary>
    [Theory]
    [InlineData("etc/passwd")]
    [InlineData("dev/zero")]
    public void AChainOfLinksLeadingOut_IsRefusedAtItsRealPath(string target)
    {
        if (!OperatingSystem.IsLinux()) return;
        // .x/l1/…/lN/up → .x, N deeper than the report folder's own depth, so that the text of the path never leaves
        // the folder while the real path climbs from .x to the file system's root.
        var depth = _folder.Report.Split('/', StringSplitOptions.RemoveEmptyEntries).Length + 1;
        var levels = string.Join('/', Enumerable.Range(1, depth + 1).Select(i => "l" + i));
        Directory.CreateDirectory(_folder.PathOf(".x/" + levels));
        File.CreateSymbolicLink(_folder.PathOf($".x/{levels}/up"), string.Concat(Enumerable.Repeat("../", depth + 1)).TrimEnd('/'));
        var foreword = _folder.PathOf("text/foreword.md");
        File.Delete(foreword);
        File.CreateSymbolicLink(foreword, $"../.x/{levels}/up/" + string.Concat(Enumerable.Repeat("../", depth)) + target);
        if (target == "etc/passwd") Assert.Contains("root:", File.ReadAllText(foreword)); // the operating system does follow it out

        var (code, messages) = RunGuarded("build", _folder.Report, "-o", _folder.Pdf, "--templates", _folder.Templates);

        Assert.Equal(ExitCodes.Errors, code);
        Assert.Matches($@"text/foreword\.md:1:1: error: .*outside the folder \(to /{target}\).*\[RB0012\]", messages);
        Assert.DoesNotContain("internal error", messages);
        Assert.False(File.Exists(_folder.Pdf));
    }

    /// <summary>
    /// Issue #14: the template set and the fonts are read through the same reader as the report folder, rooted at the
    /// templates folder and the fonts folder. Before, <c>report.sbn</c> linked to <c>/etc/passwd</c> was read and
    /// printed, and a named pipe called <c>cover.sbn</c> hung the build past its time limit.
    /// </summary>
    [Theory]
    [InlineData("report.sbn")]
    [InlineData("theme.yaml")]
    [InlineData("strings.yaml")]
    public void ATemplateSetFileLinkedOutOfTheTemplates_IsRefused(string name)
    {
        if (!OperatingSystem.IsLinux()) return;
        var file = _folder.TemplateFile(name);
        File.Delete(file);
        File.CreateSymbolicLink(file, "/etc/passwd");

        var (code, messages) = RunGuarded("build", _folder.Report, "-o", _folder.Pdf, "--templates", _folder.Templates);

        Assert.Equal(ExitCodes.Errors, code);
        Assert.Matches($@"hmip-youth-2021/1/{Regex.Escape(name)}:1:1: error: the template set's file is not read: leads outside the folder \(to /etc/passwd\).*\[RB1304\]", messages);
        Assert.DoesNotContain("root:", messages);
        Assert.False(File.Exists(_folder.Pdf));
    }

    [Fact]
    public void AFifoAsAPartial_IsRefusedWithoutWaiting()
    {
        if (!OperatingSystem.IsLinux()) return;
        var cover = _folder.TemplateFile("cover.sbn");
        File.Delete(cover);
        MakeFifo(cover);

        // A time limit well above a loaded machine's cold build: the refusal, not the clock, must end this build.
        var (code, messages) = RunGuarded("build", _folder.Report, "-o", _folder.Pdf, "--templates", _folder.Templates, "--limit", "time=30s");

        Assert.Equal(ExitCodes.Errors, code);
        Assert.Matches(@"Include 'cover\.sbn' refused: is not a regular file", messages);
        Assert.DoesNotContain("RB1104", messages);
        Assert.False(File.Exists(_folder.Pdf));
    }

    /// <summary>Fonts are found above the templates folder: a private copy of both, with one font file that is not one.</summary>
    [Theory]
    [InlineData("link")]
    [InlineData("fifo")]
    public void AFontFileThatIsALinkOutOrAPipe_IsRefused(string kind)
    {
        if (!OperatingSystem.IsLinux()) return;
        _folder.TemplateFile("report.sbn"); // makes the private templates folder, beside which the fonts are looked for
        var fonts = Path.Combine(Path.GetDirectoryName(_folder.Templates)!, "fonts");
        Folders.Copy(Repository.Path("fonts"), fonts);
        var bad = Path.Combine(fonts, "ZZ-Extra.ttf");
        if (kind == "link") File.CreateSymbolicLink(bad, "/etc/passwd");
        else MakeFifo(bad);

        var (code, messages) = RunGuarded("build", _folder.Report, "-o", _folder.Pdf, "--templates", _folder.Templates, "--limit", "time=30s");

        Assert.Equal(ExitCodes.Errors, code);
        Assert.Matches(@"ZZ-Extra\.ttf:1:1: error: the font file is not read: .*\[RB1305\]", messages);
        Assert.DoesNotContain("internal error", messages);
        Assert.False(File.Exists(_folder.Pdf));
    }

    private static (int Code, string Messages) RunGuarded(params string[] args)
    {
        var messages = new StringWriter();
        var run = Task.Run(() => Program.Run(args, messages, messages));
        Assert.True(run.Wait(Guard), $"'{string.Join(' ', args)}' did not end within {Guard.TotalSeconds} s");
        return (run.Result, messages.ToString());
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
