using ReportBuilder.Data.Output;
using ReportBuilder.Cli.Archive;

namespace ReportBuilder.Cli.Drafting;

/// <summary>
/// Rebuilds a draft whenever a file of the report folder or of its template folder (templates and theme) is saved, until
/// cancelled. Events are debounced (an editor's save is several events: write a temporary file, rename it over the old one,
/// touch it), and a save during a rebuild queues exactly one more rebuild. Errors are reported and watching goes on.
/// </summary>
/// <remarks>
/// Whole folders are watched, not single files, so that rename-on-save (vim, VS Code, JetBrains IDEs) is seen: the new file
/// appears under the old name in a folder still being watched. Hidden and temporary names (<c>.x.swp</c>, <c>x~</c>,
/// <c>*.tmp</c>) are ignored, and so is the draft's own output if it lies inside a watched folder.
/// A watch follows a folder, not its name: the report folder moved away and made anew (a checkout of another branch, a
/// restore from a copy) would leave the watch on the old folder, deaf to every save. So the folder above the report
/// folder is watched for that one name too: when it goes, a rebuild says that the report folder is missing; when it comes
/// back, the watches are set up on the new folder and it is built.
/// </remarks>
public sealed class DraftWatcher(DraftWriter writer, DraftSettings settings, TimeSpan debounce) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly List<FileSystemWatcher> _watchers = [];
    private FileSystemWatcher? _parentWatcher;
    private bool _rearm;
    private DateTime _quietUntil;
    private bool _pending;
    private string? _lastChange;

    /// <summary>After every rebuild (the first one included), with the file whose change caused it (null for the first).</summary>
    public event Action<DraftOutcome, string?>? Rebuilt;

    /// <summary>The folders being watched, after the latest rebuild (the template folder follows report.yaml).</summary>
    public IReadOnlyList<string> WatchedFolders { get; private set; } = [];

    /// <summary>False while the report folder does not exist (moved away or deleted); watching goes on until it comes back.</summary>
    public bool ReportFolderPresent => Directory.Exists(settings.ReportFolder);

    public void Run(CancellationToken cancellationToken)
    {
        Rebuild(null, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                _signal.Wait(cancellationToken);
                // Wait until the folder has been quiet for the debounce period: a save is several events.
                while (true)
                {
                    TimeSpan wait;
                    lock (_gate) wait = _quietUntil - DateTime.UtcNow;
                    if (wait <= TimeSpan.Zero) break;
                    Task.Delay(wait, cancellationToken).Wait(cancellationToken);
                }
            }
            catch (OperationCanceledException)
            {
                break;
            }
            string? changed;
            lock (_gate)
            {
                changed = _lastChange;
                _pending = false;
            }
            while (_signal.CurrentCount > 0) _signal.Wait(0);
            Rebuild(changed, cancellationToken);
        }
    }

    private void Rebuild(string? changed, CancellationToken cancellationToken)
    {
        DraftOutcome outcome;
        try
        {
            outcome = writer.Write(settings, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Watching outlives any one broken save: report and wait for the next.
            outcome = new DraftOutcome(false, 0,
                [new Core.Diagnostics.Diagnostic(Core.Diagnostics.DiagnosticSeverity.Error, Core.Diagnostics.DiagnosticCodes.DraftBuildFailed, $"the draft could not be built: {e.GetType().Name}: {e.Message}",
                    Core.Diagnostics.SourceSpan.StartOf(settings.ReportFolder))], TimeSpan.Zero, 0);
        }
        UpdateWatchers();
        Rebuilt?.Invoke(outcome, changed);
        // All a rebuild made is garbage once it is written and reported. Collected now, while the person reads, it costs
        // a millisecond; left to the next rebuild, the collection falls in its middle, where that build's own objects are
        // alive and are copied: a fifth of a warm rebuild (docs/benchmarks.md, "watch").
        GC.Collect(1, GCCollectionMode.Forced, blocking: true);
    }

    private void UpdateWatchers()
    {
        WatchReportFolderName();
        var report = ReportFolder.Read(settings.ReportFolder, settings.TemplatesRoot);
        var folders = new[] { Path.GetFullPath(settings.ReportFolder), report.TemplateFolder is null ? null : Path.GetFullPath(report.TemplateFolder) }
            .OfType<string>().Distinct().ToList();
        bool rearm;
        lock (_gate)
        {
            rearm = _rearm;
            _rearm = false;
        }
        if (folders.SequenceEqual(WatchedFolders) && !rearm) return;
        foreach (var watcher in _watchers) watcher.Dispose();
        _watchers.Clear();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => OnChange(e.FullPath);
            watcher.Created += (_, e) => OnChange(e.FullPath);
            watcher.Deleted += (_, e) => OnChange(e.FullPath);
            watcher.Renamed += (_, e) => OnChange(e.FullPath);
            watcher.Error += (_, _) => OnChange(folder); // overflow: something changed, rebuild to be safe
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        WatchedFolders = folders;
    }

    /// <summary>Watches the folder above the report folder for the report folder's own name: moved away, deleted, made anew.</summary>
    private void WatchReportFolderName()
    {
        if (_parentWatcher is not null) return;
        var report = Path.TrimEndingDirectorySeparator(Path.GetFullPath(settings.ReportFolder));
        var parent = Path.GetDirectoryName(report);
        if (parent is null || !Directory.Exists(parent)) return;
        var name = Path.GetFileName(report);
        var watcher = new FileSystemWatcher(parent, name)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.DirectoryName,
        };
        void Moved(string path)
        {
            if (!string.Equals(Path.GetFileName(path), name, StringComparison.Ordinal)) return;
            lock (_gate) _rearm = true; // whatever happened to the name, the folder under it is not the one watched
            OnChange(report);
        }
        watcher.Created += (_, e) => Moved(e.FullPath);
        watcher.Deleted += (_, e) => Moved(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Moved(e.FullPath);
            Moved(e.OldFullPath);
        };
        watcher.EnableRaisingEvents = true;
        _parentWatcher = watcher;
    }

    private void OnChange(string path)
    {
        if (Ignored(path)) return;
        lock (_gate)
        {
            _quietUntil = DateTime.UtcNow + debounce;
            _lastChange = path;
            if (_pending) return;
            _pending = true;
        }
        _signal.Release();
    }

    private bool Ignored(string path)
    {
        var full = Path.GetFullPath(path);
        if (full == Path.GetFullPath(settings.Output)) return true;
        if (settings.PngFolder is not null && full.StartsWith(Path.GetFullPath(settings.PngFolder), StringComparison.Ordinal)) return true;
        var name = Path.GetFileName(full);
        return name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
               || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(AtomicFile.TemporaryExtension, StringComparison.Ordinal)
               || name.EndsWith("___jb_tmp___", StringComparison.Ordinal) || name.EndsWith("___jb_old___", StringComparison.Ordinal)
               || name == "4913"; // vim's probe file, written to test that the folder is writable
    }

    public void Dispose()
    {
        _parentWatcher?.Dispose();
        foreach (var watcher in _watchers) watcher.Dispose();
        _signal.Dispose();
    }
}
