
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
