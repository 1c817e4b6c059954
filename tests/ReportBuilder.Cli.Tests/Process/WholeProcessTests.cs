using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Process;

/// <summary>The README's first command as a real process, twice: the same bytes both times.</summary>
public sealed class WholeProcessTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TwoBuildsOfLincolnshire_GiveIdenticalBytes()
    {
        var a = _folder.Combine("a.pdf");
        var b = _folder.Combine("b.pdf");

        var first = CliProcess.Run(Repository.Root, Limit, "build", "data/lincolnshire-2023", "-o", a);
        var second = CliProcess.Run(Repository.Root, Limit, "build", "data/lincolnshire-2023", "-o", b);

        Assert.True(first.Exit is 0 or 1, first.Output);
        Assert.True(second.Exit is 0 or 1, second.Output);
        Assert.True(new FileInfo(a).Length > 10_000);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void UsageErrors_ExitTwo_AndVersionPrintsTheInformationalVersion()
    {
        Assert.Equal(2, CliProcess.Run(Repository.Root, Limit, "archive", "data").Exit);
        Assert.Equal(2, CliProcess.Run(Repository.Root, Limit, "no-such-command").Exit);
        var version = CliProcess.Run(Repository.Root, Limit, "--version");
        Assert.Equal(0, version.Exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Output.Trim());
    }
}
