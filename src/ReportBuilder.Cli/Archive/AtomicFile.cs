namespace ReportBuilder.Cli.Archive;

/// <summary>
/// Writes a file so that readers see the old file or the whole new one, never a part: bytes go to a temporary file beside
/// the target (same folder, hence same file system), are flushed to disk, then renamed over the target.
/// </summary>
public static class AtomicFile
{
    /// <summary>The extension of the temporary files; a killed run may leave some, which <see cref="RemoveLeftovers"/> deletes.</summary>
    public const string TemporaryExtension = ".rbtmp";

    private static long _counter;

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder,
            $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Interlocked.Increment(ref _counter)}{TemporaryExtension}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
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

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
