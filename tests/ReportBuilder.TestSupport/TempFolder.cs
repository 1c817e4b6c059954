namespace ReportBuilder.TestSupport;

/// <summary>
/// A fresh folder under the system's temporary folder, deleted on dispose, for tests that copy a report folder and
/// break it. Copies never touch the repository's own folders.
/// </summary>
public sealed class TempFolder : IDisposable
{
    /// <param name="prefix">The first part of the folder's name, so a folder left behind names the tests that made it.</param>
    public TempFolder(string prefix = "rb-tests")
    {
        Root = Path.Combine(Path.GetTempPath(), prefix, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>A path inside the folder.</summary>
    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Copies <paramref name="from"/> (files and subfolders) to <paramref name="name"/> inside this folder; returns its path.</summary>
    public string CopyIn(string from, string name)
    {
        var to = PathOf(name);
        Folders.Copy(from, to);
        return to;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
