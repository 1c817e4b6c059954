namespace ReportBuilder.TestSupport;

/// <summary>
/// A fresh folder under the system's temporary folder, deleted on dispose, for tests that copy a report folder and
/// break it, or write output. Copies never touch the repository's own folders.
/// </summary>
public sealed class TempFolder : IDisposable
{
    /// <param name="prefix">The first part of the folder's path, so a folder left behind names the tests that made it.</param>
    public TempFolder(string prefix = "rb-tests")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Copies <paramref name="from"/> (files and subfolders) to <paramref name="name"/> inside this folder; returns its path.</summary>
    public string CopyIn(string from, string name)
    {
        var to = Combine(name);
        Folders.Copy(from, to);
        return to;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a process a test started may still hold a file; the system cleans its temporary folder
        }
    }
}
