using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Reading;
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

    /// <summary>The fonts of <paramref name="folder"/>, read again only when its files changed; null, with errors, when a font file is refused.</summary>
    /// <remarks>
    /// Each <c>*.ttf</c> and <c>*.otf</c> file is read through the one reader, rooted at the fonts folder: a link out of
    /// it, a named pipe or a file past <see cref="MaxFontBytes"/> is an error naming the file (RB1305), not a read of
    /// anything or a wait. A refused folder is not kept, so the next build says it again.
    /// </remarks>
    public FontCollection? Get(string folder, DiagnosticBag diagnostics)
    {
        var key = Path.GetFullPath(folder);
        var stamps = Stamps(key);
        lock (_gate)
        {
            if (_folders.TryGetValue(key, out var kept) && kept.Stamps.SequenceEqual(stamps)) return kept.Fonts;
            // Read under the lock: jobs that start together wait for one read instead of each reading the folder.
            if (Read(folder, key, diagnostics) is not { } fonts) return null;
            _reads++;
            _folders[key] = (stamps, fonts);
            return fonts;
        }
    }

    /// <summary>The largest font file read (a whole-script Noto face is about 1 MB; a CJK one about 20 MB).</summary>
    public const long MaxFontBytes = 64L * 1024 * 1024;

    private static FontCollection? Read(string shownFolder, string folder, DiagnosticBag diagnostics)
    {
        var reader = new ReportFileReader(folder, MaxFontBytes);
        var files = new List<(byte[], string)>();
        var refused = false;
        foreach (var file in Directory.EnumerateFiles(folder)
                     .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
                     .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal))
        {
            var shown = Path.Combine(shownFolder, Path.GetFileName(file));
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
            diagnostics.Error(SourceSpan.StartOf(shownFolder), DiagnosticCodes.FontFileRefused, $"the fonts cannot be used: {e.Message}");
            return null;
        }
    }

    private static FileStamp[] Stamps(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(FileStamp.Of)]
            : [];
}
