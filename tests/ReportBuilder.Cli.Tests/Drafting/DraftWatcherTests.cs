using System.Collections.Concurrent;
using ReportBuilder.Cli.Drafting;
using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Drafting;

public sealed class DraftWatcherTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly SampleArchive _archive = new(count: 1);
    private readonly BlockingCollection<(DraftOutcome Outcome, string? Changed)> _rebuilds = new();
    private readonly CancellationTokenSource _stop = new();

    public void Dispose()
    {
        _stop.Cancel();
        _archive.Dispose();
    }

    private string Report => _archive.ReportFolder(_archive.Reports[0].Id);

    private (DraftWatcher Watcher, Task Running) Start(FakeReportBuilder builder)
    {
        var settings = new DraftSettings(Report, _archive.Out("draft", "r.pdf"), null, _archive.TemplatesRoot);
        var watcher = new DraftWatcher(new DraftWriter(builder, () => new DateOnly(2026, 1, 2)), settings, TimeSpan.FromMilliseconds(50));
        watcher.Rebuilt += (o, c) => _rebuilds.Add((o, c));
        var running = Task.Run(() => watcher.Run(_stop.Token));
        Next(); // the first build happens at once
        return (watcher, running);
    }

    private (DraftOutcome Outcome, string? Changed) Next()
    {
        Assert.True(_rebuilds.TryTake(out var rebuild, Patience), "no rebuild within " + Patience);
        return rebuild;
    }

    [Fact]
    public void SavingAReportFile_Rebuilds_AndTheDraftFollows()
    {
        var builder = new FakeReportBuilder();
        var (watcher, _) = Start(builder);
        using var _w = watcher;

        File.AppendAllText(Path.Combine(Report, "text", "foreword.md"), "\nA new paragraph.\n");
        var (outcome, changed) = Next();

        Assert.True(outcome.Written);
        Assert.EndsWith("foreword.md", changed);
        Assert.Contains("A new paragraph.", File.ReadAllText(_archive.Out("draft", "r.pdf")));
    }

    [Fact]
    public void RenameOnSave_AsEditorsDoIt_IsSeen()
    {
        var (watcher, _) = Start(new FakeReportBuilder());
        using var _w = watcher;
        var target = Path.Combine(Report, "recommendations.md");

        var temporary = Path.Combine(Report, "recommendations.md___jb_tmp___");
        File.WriteAllText(temporary, "Saved by an IDE.\n");
        File.Move(temporary, target, overwrite: true);
        var (_, changed) = Next();

        Assert.EndsWith("recommendations.md", changed);
        Assert.Contains("Saved by an IDE.", File.ReadAllText(_archive.Out("draft", "r.pdf")));
    }

    [Fact]
    public void SavingATemplateFile_Rebuilds()
    {
        var (watcher, _) = Start(new FakeReportBuilder());
        using var _w = watcher;

        Assert.Contains(watcher.WatchedFolders, f => f.EndsWith(Path.Combine("hmip-youth-" + (_archive.Reports[0].Framework.EndsWith("2018") ? "2018" : "2021"), "1"), StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(watcher.WatchedFolders[1], "report.sbn"), "changed\n");

        Assert.EndsWith("report.sbn", Next().Changed);
    }

    [Fact]
    public void ABurstOfSaves_GivesOneRebuild_AndABrokenSaveKeepsWatching()
    {
        var builder = new FakeReportBuilder();
        var (watcher, _) = Start(builder);
        using var _w = watcher;
        var standards = Path.Combine(Report, "standards.csv");
        var kept = File.ReadAllText(standards);

        File.Delete(standards); // the fake builder fails without it
        var broken = Next();
        Assert.False(broken.Outcome.Written);
        Assert.Contains(broken.Outcome.Diagnostics, d => d.IsError && d.Span.File.EndsWith("standards.csv"));

        var before = builder.Builds;
        for (var i = 0; i < 5; i++) File.WriteAllText(standards, kept);
        var fixedOne = Next();
        Assert.True(fixedOne.Outcome.Written);
        Thread.Sleep(300);
        Assert.Equal(before + 1, builder.Builds);
    }

    [Fact]
    public async Task Cancelling_EndsTheWatch()
    {
        var (watcher, running) = Start(new FakeReportBuilder());
        using var _w = watcher;

        _stop.Cancel();

        await running.WaitAsync(Patience); // throws TimeoutException if the watch goes on
    }

    [Fact]
    public void HiddenAndTemporaryFiles_DoNotRebuild()
    {
        var builder = new FakeReportBuilder();
        var (watcher, _) = Start(builder);
        using var _w = watcher;

        File.WriteAllText(Path.Combine(Report, ".foreword.md.swp"), "vim state");
        File.WriteAllText(Path.Combine(Report, "foreword.md~"), "backup");
        Thread.Sleep(400);

        Assert.Equal(1, builder.Builds);
    }
}
