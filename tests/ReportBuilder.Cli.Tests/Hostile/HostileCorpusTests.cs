using System.Text.RegularExpressions;

namespace ReportBuilder.Cli.Tests.Hostile;

/// <summary>
/// Every corpus case through the real entry point (<see cref="Program.Run"/>), in-process, under a time guard: the exit
/// code, the file and line named, no stack trace, no PDF or temp file on failure, nothing written beside the output.
/// </summary>
public class HostileCorpusTests
{
    /// <summary>Generous: the machine may be loaded; a hang is minutes, a slow build seconds.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(90);

    [Theory]
    [MemberData(nameof(HostileCorpus.Names), MemberType = typeof(HostileCorpus))]
    public void Case_IsAnsweredCleanly(string name)
    {
        var @case = HostileCorpus.Get(name);
        using var folder = new HostileFolder();
        @case.Mutate(folder);
        var before = folder.Snapshot();

        var (exit, output) = Run(folder, @case.Command);

        Assert.True(@case.Exits.Contains(exit), $"{name}: exit {exit}, expected {string.Join(" or ", @case.Exits)}\n{output}");
        AssertNoCrash(output);
        if (@case.File is not null)
            Assert.Contains(@case.File, output);
        if (@case.File is not null && @case.Located && folder.Line is { } line)
            Assert.Matches(new Regex(Regex.Escape(@case.File) + ":" + line + ":"), output);

        var outputs = Directory.Exists(folder.Out) ? Directory.GetFiles(folder.Out, "*", SearchOption.AllDirectories) : [];
        if (exit == ExitCodes.Errors || @case.Command != "build") Assert.Empty(outputs);
        else Assert.Equal([folder.Pdf], outputs);

        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void Corpus_HasAtLeastSixtyCases_WithDistinctNames()
    {
        Assert.True(HostileCorpus.All.Count >= 60, $"{HostileCorpus.All.Count} cases");
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void OutputFolderThatIsAFile_IsRefusedInOneLine()
    {
        using var folder = new HostileFolder();
        Directory.CreateDirectory(folder.Root);
        var blocker = Path.Combine(folder.Root, "blocker");
        File.WriteAllText(blocker, "not a folder");
        var output = new StringWriter();
        var exit = Program.Run(["build", folder.Report, "--templates", folder.Templates, "-o", Path.Combine(blocker, "report.pdf")], output, output);
        Assert.Equal(ExitCodes.Errors, exit);
        AssertNoCrash(output.ToString(), allowInternal: true);
        Assert.Equal("not a folder", File.ReadAllText(blocker));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void MissingReportFolder_IsRefusedNamingIt(string command)
    {
        using var folder = new HostileFolder();
        var missing = Path.Combine(folder.Root, "no-such-report");
        var output = new StringWriter();
        var exit = Program.Run([command, missing, "--templates", folder.Templates, .. command == "build" ? new[] { "-o", folder.Pdf } : []], output, output);
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("no-such-report", output.ToString());
        AssertNoCrash(output.ToString());
        Assert.False(File.Exists(folder.Pdf));
    }

    internal static (int Exit, string Output) Run(HostileFolder folder, string command)
    {
        var output = new StringWriter();
        string[] args = command == "build"
            ? ["build", folder.Report, "--templates", folder.Templates, "-o", folder.Pdf]
            : [command, folder.Report, "--templates", folder.Templates];
        var run = Task.Run(() => Program.Run(args, output, output));
        Assert.True(run.Wait(Guard), $"reportbuilder {command} did not finish within {Guard} (a hang)");
        lock (output) return (run.Result, output.ToString());
    }

    internal static void AssertNoCrash(string output, bool allowInternal = false)
    {
        Assert.DoesNotMatch(new Regex(@"^\s+at \S+\(", RegexOptions.Multiline), output);
        if (!allowInternal) Assert.DoesNotContain("internal error", output);
    }
}
