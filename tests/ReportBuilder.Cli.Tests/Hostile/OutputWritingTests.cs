namespace ReportBuilder.Cli.Tests.Hostile;

/// <summary>
/// Issue #14, faults 9 and the one atomic writer: what a build leaves on disk, through <see cref="Program.Run"/>.
/// </summary>
public sealed class OutputWritingTests : IDisposable
{
    private readonly HostileFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (int Code, string Messages) Build(params string[] extra)
    {
        var messages = new StringWriter();
        var code = Program.Run(["build", _folder.Report, "-o", _folder.Pdf, "--templates", _folder.Templates, .. extra], messages, messages);
        return (code, messages.ToString());
    }

    [Fact]
    public void AKilledBuildsLeftovers_AreRemovedByTheNextBuild_WhenTheirProcessIsGone_AndNothingElse()
    {
        Directory.CreateDirectory(_folder.Out);
        var dead = DeadProcessId();
        string[] stale = [$".report.pdf.{dead}.tmp", $".report.pdf.{dead}.7.rbtmp"];
        string[] kept = [$".report.pdf.{Environment.ProcessId}.tmp", ".report.pdf.notes", "keep.txt"];
        foreach (var name in stale.Concat(kept)) File.WriteAllText(Path.Combine(_folder.Out, name), "x");
        Directory.CreateDirectory(Path.Combine(_folder.Out, $".edition.old-{dead}"));
        File.WriteAllText(Path.Combine(_folder.Out, $".edition.old-{dead}", "index.html"), "old");

        Assert.True(Build().Code <= 1);
        var messages = new StringWriter();
        Assert.True(Program.Run(["build", _folder.Report, "--format", "html", "-o", Path.Combine(_folder.Out, "edition"), "--templates", _folder.Templates], messages, messages) <= 1, messages.ToString());

        foreach (var name in stale) Assert.False(File.Exists(Path.Combine(_folder.Out, name)), name);
        foreach (var name in kept) Assert.True(File.Exists(Path.Combine(_folder.Out, name)), name);
        Assert.False(Directory.Exists(Path.Combine(_folder.Out, $".edition.old-{dead}")));
    }

    [Fact]
    public void Png_RemovesTheStalePagesOfAnEarlierLongerRun_OnlyInItsOwnFolder()
    {
        var pngs = Path.Combine(_folder.Out, "pngs");
        Assert.True(Build("--png", pngs).Code <= 1);
        File.WriteAllText(Path.Combine(pngs, "page-99.png"), "stale");
        File.WriteAllText(Path.Combine(pngs, "notes.txt"), "mine");
        var foreign = Path.Combine(_folder.Out, "foreign");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "page-99.png"), "not ours");

        Assert.True(Build("--png", pngs).Code <= 1);
        Assert.True(Build("--png", foreign).Code <= 1);

        Assert.False(File.Exists(Path.Combine(pngs, "page-99.png")));
        Assert.True(File.Exists(Path.Combine(pngs, "page-001.png")));
        Assert.True(File.Exists(Path.Combine(pngs, "notes.txt")));
        Assert.True(File.Exists(Path.Combine(foreign, "page-99.png"))); // a folder we did not make keeps everything
    }

    [Fact]
    public void AnOutputThatCannotBeWritten_IsAClearRB1303Error_Exit2_NotAnInternalError()
    {
        Directory.CreateDirectory(_folder.Out);
        File.WriteAllText(Path.Combine(_folder.Out, "blocker"), "a file, not a folder");

        var (code, messages) = Build("--png", Path.Combine(_folder.Out, "blocker", "pngs"));

        Assert.Equal(ExitCodes.Errors, code);
        Assert.Contains("error RB1303: cannot write the output", messages);
        Assert.DoesNotContain("internal error", messages);
    }

    /// <summary>A process id that no process has now: one that ran and ended.</summary>
    private static int DeadProcessId()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
