using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Reading;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Pipeline.Warm;

/// <summary>
/// The fonts of each fonts folder, read once and kept while the folder's font files are the same (names, lengths and
/// write times); a font added, removed or replaced means the folder is read again at the next build.
/// </summary>
/// <remarks>
/// Each font file is read through the one reader, rooted at the fonts folder: a link out of it, a named pipe or a file
/// past <see cref="MaxFontBytes"/> is an error naming the file (RB1305), not a read of anything or a wait. A folder that
/// failed is not kept, so that the next build reads it again and reports again.
/// Safe to share between threads (<c>archive --jobs</c>): the table is locked, and a <see cref="FontCollection"/> is shared as it always was.
/// </remarks>
public sealed class FontCache
{
    /// <summary>The largest font file read (a whole-script Noto face is about 1 MB; a CJK one about 20 MB).</summary>
    public const long MaxFontBytes = 64L * 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (FileStamp[] Stamps, FontCollection Fonts)> _folders = new(StringComparer.Ordinal);
    private int _reads;

    /// <summary>How many times a folder was read here, new or changed (what tests count).</summary>
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>The fonts of <paramref name="folder"/> (its <c>.ttf</c> and <c>.otf</c> files), read again only when its files changed; null when one is refused (the error is in <paramref name="diagnostics"/>).</summary>
    public FontCollection? Get(string folder, DiagnosticBag diagnostics)
    {
        var key = Path.GetFullPath(folder);
        var stamps = Stamps(key);
        lock (_gate)
        {
            if (_folders.TryGetValue(key, out var kept) && kept.Stamps.SequenceEqual(stamps)) return kept.Fonts;
            // Read under the lock: jobs that start together wait for one read instead of each reading the folder.
            _reads++;
            if (Read(folder, key, diagnostics) is not { } fonts) return null;
            _folders[key] = (stamps, fonts);
            return fonts;
        }
    }

    private static FontCollection? Read(string folder, string key, DiagnosticBag diagnostics)
    {
        var reader = new ReportFileReader(key, MaxFontBytes);
        var files = new List<(byte[], string)>();
        var refused = false;
        foreach (var file in FontFiles(key))
        {
            var shown = Path.Combine(folder, Path.GetFileName(file));
            if (reader.TryRead(file, out var refusal) is { } bytes) files.Add((bytes, shown));
            else
            {
                diagnostics.Error(SourceSpan.StartOf(shown), DiagnosticCodes.FontFileRefused, $"the font file is not read: {refusal}");
                refused = true;
            }
        }
        if (refused) return null;
        try
        {
            return FontCollection.FromFiles(files);
        }
        catch (InvalidDataException e)
        {
            diagnostics.Error(SourceSpan.StartOf(folder), DiagnosticCodes.FontFileRefused, $"the fonts cannot be used: {e.Message}");
            return null;
        }
    }

    private static IEnumerable<string> FontFiles(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
            .OrderBy(Path.GetFileName, StringComparer.Ordinal);

    private static FileStamp[] Stamps(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(FileStamp.Of)]
            : [];
}
