using ReportBuilder.Cli.Archive;
using Spectre.Console;

namespace ReportBuilder.Cli.Output;

/// <summary>One line per finished report, for redirected output and CI logs: <c>[  3/200] id  ok  12 pages  85 ms</c>.</summary>
public sealed class PlainArchiveProgress(CliServices services) : IArchiveProgress
{
    private readonly Lock _gate = new();
    private int _total;
    private int _done;

    public void Started(int total)
    {
        _total = total;
        services.Line($"Building {total} report(s).");
    }

    public void Completed(ArchiveItemResult result)
    {
        lock (_gate)
        {
            _done++;
            var width = _total.ToString().Length;
            var counter = $"[{_done.ToString().PadLeft(width)}/{_total}]";
            services.Line(result switch
            {
                { Reused: true, Entry: { } e } => $"{counter} {result.Id}  reused  {e.Pages} pages",
                { Entry: { } e } => $"{counter} {result.Id}  ok  {e.Pages} pages  {result.Milliseconds} ms",
                _ => $"{counter} {result.Id}  FAILED",
            });
        }
    }
}

/// <summary>A Spectre progress bar that advances as reports finish; used only on a terminal.</summary>
public sealed class SpectreArchiveProgress(ProgressTask task) : IArchiveProgress
{
    public void Started(int total)
    {
        task.MaxValue = Math.Max(1, total);
        task.StartTask();
    }

    public void Completed(ArchiveItemResult result)
    {
        task.Description = Markup.Escape(result.Id);
        task.Increment(1);
    }
}
