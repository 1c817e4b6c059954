using ReportBuilder.Layout.Text;

namespace ReportBuilder.Pipeline.Warm;

/// <summary>
/// The fonts of each fonts folder, read once and kept while the folder's font files are the same (names, lengths and
/// write times); a font added, removed or replaced means the folder is read again at the next build.
/// </summary>
/// <remarks>Safe to share between threads (<c>archive --jobs</c>): the table is locked, and a <see cref="FontCollection"/> is shared as it always was.</remarks>
public sealed class FontCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (FileStamp[] Stamps, FontCollection Fonts)> _folders = new(StringComparer.Ordinal);
    private int _reads;

    /// <summary>How many times a folder was read here, new or changed (what tests count).</summary>
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>The fonts of <paramref name="folder"/> (see <see cref="FontCollection.FromFolder"/>), read again only when its files changed.</summary>
    public FontCollection Get(string folder)
    {
        var key = Path.GetFullPath(folder);
        var stamps = Stamps(key);
        lock (_gate)
        {
            if (_folders.TryGetValue(key, out var kept) && kept.Stamps.SequenceEqual(stamps)) return kept.Fonts;
            // Read under the lock: jobs that start together wait for one read instead of each reading the folder.
            var fonts = FontCollection.FromFolder(key);
            _reads++;
            _folders[key] = (stamps, fonts);
            return fonts;
        }
    }

    private static FileStamp[] Stamps(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(FileStamp.Of)]
            : [];
}
