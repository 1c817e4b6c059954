using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Layout.Text;

/// <summary>The fonts a document may use: every TrueType/OpenType file of one folder, and nothing else.</summary>
/// <remarks>
/// The engine never looks at system fonts, so a document lays out the same on every machine.
/// Faces are ordered by file name; that order is also the fallback order for characters the
/// requested face lacks (a face of the same weight and slant is tried first).
/// </remarks>
public sealed class FontCollection
{
    private readonly List<FontFace> faces;
    private readonly Dictionary<FontFace, FontFace[]> fallbacks = new();
    private readonly Dictionary<(string, bool, bool), FontFace> resolved = new();
    private readonly Lock gate = new();

    private FontCollection(List<FontFace> faces) => this.faces = faces;

    public IReadOnlyList<FontFace> Faces => faces;

    /// <summary>Family names, in file-name order of their first face.</summary>
    public IReadOnlyList<string> Families => faces.Select(f => f.FamilyName).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Loads every <c>*.ttf</c> and <c>*.otf</c> file of <paramref name="folder"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A file is not a font, or the folder has none.</exception>
    public static FontCollection FromFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Font folder '{folder}' does not exist.");
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0) throw new InvalidDataException($"Font folder '{folder}' holds no .ttf or .otf file.");
        return FromFiles(files.Select(f => (File.ReadAllBytes(f), f)));
    }

    /// <summary>Builds a collection from font bytes (each with a name used in error messages), in the order given.</summary>
    public static FontCollection FromFiles(IEnumerable<(byte[] Data, string Source)> files)
    {
        var faces = new List<FontFace>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (data, source) in files)
        {
            var metrics = TrueTypeReader.Read(data, source);
            if (!names.Add(metrics.PostScriptName)) continue; // the same face twice: keep the first
            faces.Add(new FontFace(metrics, data));
        }
        if (faces.Count == 0) throw new InvalidDataException("The font collection is empty.");
        return new FontCollection(faces);
    }

    /// <summary>The face of <paramref name="family"/> closest to the weight and slant asked for.</summary>
    /// <exception cref="LayoutException">No face of that family was loaded.</exception>
    public FontFace Resolve(string family, bool bold, bool italic)
    {
        lock (gate)
        {
            if (resolved.TryGetValue((family, bold, italic), out var hit)) return hit;
            var candidates = faces.Where(f => string.Equals(f.FamilyName, family, StringComparison.OrdinalIgnoreCase)).ToList();
            if (candidates.Count == 0)
                throw new LayoutException($"Font family '{family}' is not in the font folder; families loaded: {string.Join(", ", Families)}.");
            var face = candidates.OrderBy(f => (f.IsBold == bold ? 0 : 2) + (f.IsItalic == italic ? 0 : 1)).First();
            resolved[(family, bold, italic)] = face;
            return face;
        }
    }

    /// <summary>Faces to try, in order, for a character <paramref name="primary"/> lacks.</summary>
    internal FontFace[] FallbacksFor(FontFace primary)
    {
        lock (gate)
        {
            if (fallbacks.TryGetValue(primary, out var list)) return list;
            list = faces.Where(f => f != primary)
                .OrderBy(f => (f.IsBold == primary.IsBold ? 0 : 2) + (f.IsItalic == primary.IsItalic ? 0 : 1))
                .ToArray(); // OrderBy is stable: file order within a rank
            fallbacks[primary] = list;
            return list;
        }
    }
}
