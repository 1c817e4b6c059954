namespace ReportBuilder.Pipeline.Warm;

/// <summary>
/// What a file looked like when it was read: its name, length and last write time. A file whose stamp differs has been
/// written since (editors replace or rewrite the file on save, and both move the time, in nanoseconds on Linux).
/// </summary>
public readonly record struct FileStamp(string Path, long Length, DateTime LastWriteUtc)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(path, info.Length, info.LastWriteTimeUtc) : new FileStamp(path, -1, default);
    }
}
