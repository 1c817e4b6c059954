using System.Globalization;
using ReportBuilder.Data.Output;

namespace ReportBuilder.Pipeline.Output;

/// <summary>
/// A folder of PNG pages, <c>page-001.png</c>, <c>page-002.png</c>, … (one per page, each written atomically), for
/// <c>build --png</c>, <c>draft --png</c> and <c>watch --png</c> alike.
/// </summary>
/// <remarks>
/// A folder this writes holds <see cref="Marker"/>; in such a folder the pages of an earlier, longer run (<c>page-NNN.png</c>
/// past the last page) are removed, so the folder shows this build only. Nothing else is touched, and nothing at all in
/// a folder that was not ours: a user's own folder of pictures keeps every file.
/// </remarks>
public static class PngPageFolder
{
    /// <summary>The empty file that marks a folder of PNG pages as ReportBuilder's.</summary>
    public const string Marker = ".reportbuilder-pages";

    public static string PageName(int number) => $"page-{number.ToString("D3", CultureInfo.InvariantCulture)}.png";

    public static void Write(string folder, IReadOnlyList<byte[]> pages)
    {
        var ours = !Directory.Exists(folder) || File.Exists(Path.Combine(folder, Marker)) || !Directory.EnumerateFileSystemEntries(folder).Any();
        Directory.CreateDirectory(folder);
        if (ours) AtomicFile.WriteAllBytes(Path.Combine(folder, Marker), []);
        for (var i = 0; i < pages.Count; i++) AtomicFile.WriteAllBytes(Path.Combine(folder, PageName(i + 1)), pages[i]);
        if (!ours) return;
        // A run that lost pages must not leave the old last pages behind, looking current; nor may pages named as
        // builds before 2026-12 named them (page-01.png) sit beside this build's.
        foreach (var file in Directory.EnumerateFiles(folder, "page-*.png"))
            if (Path.GetFileName(file) is var name && PageNumber(name) is { } n && (n > pages.Count || name != PageName(n)))
                File.Delete(file);
    }

    /// <summary>The number of a page file this writes (<c>page-007.png</c>: 7); null for any other name.</summary>
    private static int? PageNumber(string name) =>
        name.StartsWith("page-", StringComparison.Ordinal) && name.EndsWith(".png", StringComparison.Ordinal)
        && name["page-".Length..^".png".Length] is { Length: >= 2 and <= 7 } digits
        && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
}
