using System.Text.RegularExpressions;

namespace ReportBuilder.Data.Output;

/// <summary>
/// The one way ReportBuilder writes a file: readers see the old file or the whole new one, never a part. Bytes go to
/// a temporary file beside the target (same folder, hence same file system), are flushed to disk, then renamed over
/// the target. Temporary files that a killed run left beside the same target are removed first, once their process
/// is gone; only names of our own pattern are ever touched.
/// </summary>
public static partial class AtomicFile
{
    /// <summary>The extension of the temporary files: <c>.NAME.PID.N.rbtmp</c>.</summary>
    public const string TemporaryExtension = ".rbtmp";

    private static long _counter;

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var name = Path.GetFileName(full);
        RemoveStale(folder, name);
        var temporary = Path.Combine(folder, $".{name}.{Environment.ProcessId}.{Interlocked.Increment(ref _counter)}{TemporaryExtension}");
        try
        {
            WriteDurably(temporary, bytes, FileMode.CreateNew);
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Writes and flushes a file that nobody reads yet (inside a temporary folder that is renamed into place whole,
    /// <c>AtomicDirectoryWriter</c>): the rename must never publish a file still in the page cache only.
    /// </summary>
    public static void WriteDurably(string path, ReadOnlySpan<byte> bytes, FileMode mode = FileMode.Create)
    {
        using var stream = new FileStream(path, mode, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Deletes temporary files left in <paramref name="folder"/> by a run that was killed before renaming them.</summary>
    public static int RemoveLeftovers(string folder)
    {
        if (!Directory.Exists(folder)) return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*" + TemporaryExtension))
            if (TryDelete(file)) removed++;
        return removed;
    }

    /// <summary>
    /// Removes <c>.NAME.PID.N.rbtmp</c> (and <c>.NAME.PID.tmp</c>, what builds before this writer left) beside
    /// <paramref name="name"/> whose process no longer runs: a killed build's left-overs, never another run's work.
    /// </summary>
    public static void RemoveStale(string folder, string name)
    {
        foreach (var file in Directory.EnumerateFiles(folder, $".{name}.*"))
            if (Leftover().Match(Path.GetFileName(file)[(name.Length + 2)..]) is { Success: true } m && !ProcessIsRunning(int.Parse(m.Groups[1].Value)))
                TryDelete(file);
    }

    /// <summary>True while a process with this id runs (ids are reused, so at worst a left-over waits for the next run).</summary>
    public static bool ProcessIsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^(\d{1,10})\.(?:\d+\.rbtmp|tmp)$")]
    private static partial Regex Leftover();

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
