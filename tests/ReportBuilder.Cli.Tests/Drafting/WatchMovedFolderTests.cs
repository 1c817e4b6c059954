using System.Collections.Concurrent;
using ReportBuilder.Cli.Tests.EndToEnd;
using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Drafting;

/// <summary>
/// Issue #14, fault 9: <c>watch</c> followed the folder it started on, so a report folder moved away and made anew (a
/// checkout, a restore from a copy) was never heard again. Through the real command, as a process: it says the folder
/// went, says it is back, and builds the new folder's saves.
/// </summary>
public sealed class WatchMovedFolderTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly TempFolder _temp = new();
    private readonly BlockingCollection<string> _lines = new();
    private System.Diagnostics.Process? _watch;

    public void Dispose()
    {
        if (_watch is { HasExited: false }) _watch.Kill(entireProcessTree: true);
        _watch?.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void AReportFolderMovedAwayAndMadeAnew_IsWatchedAgain()
    {
        var report = _temp.Combine("report");
        Folders.Copy(Repository.Data("lincolnshire-2023"), report);
        _watch = CliProcess.Start(_temp.Path, "watch", report, "--templates", Repository.Path("templates"),
            "-o", _temp.Combine("draft.pdf"), "--debounce", "100");
        _watch.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Add(e.Data); };
        _watch.BeginOutputReadLine();
        _ = _watch.StandardError.ReadToEndAsync();
        WaitFor("Watching ");

        Directory.Move(report, _temp.Combine("report-moved"));
        WaitFor("The report folder report is gone (moved or deleted): waiting for it to come back.");

        // Made anew in one step, as a checkout or a restore does: a fresh copy renamed into place.
        Folders.Copy(Repository.Data("lincolnshire-2023"), _temp.Combine("report-new"));
        Directory.Move(_temp.Combine("report-new"), report);
        WaitFor("The report folder report is back: watching it again.");

        var findings = Path.Combine(report, "standards", "1.1.md");
        File.AppendAllText(findings, "\nA sentence saved into the new folder.\n");
        WaitFor(Path.Combine("report", "standards", "1.1.md"));
        var built = WaitFor("Draft: ");
        Assert.Contains("; 0 error(s)", built);
        Assert.Contains("A sentence saved into the new folder.", PdfText.Read(File.ReadAllBytes(_temp.Combine("draft.pdf"))).Text);
    }

    /// <summary>The next line holding <paramref name="text"/>; the lines before it are passed over.</summary>
    private string WaitFor(string text)
    {
        var seen = new List<string>();
        var until = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < until)
        {
            if (!_lines.TryTake(out var line, TimeSpan.FromSeconds(1))) continue;
            seen.Add(line);
            if (line.Contains(text, StringComparison.Ordinal)) return line;
        }
        Assert.Fail($"no line with '{text}' within {Patience.TotalSeconds} s; printed:\n{string.Join('\n', seen)}");
        return "";
    }
}
