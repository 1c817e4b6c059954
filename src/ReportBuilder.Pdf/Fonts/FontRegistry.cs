using System.Collections.Concurrent;
using PdfSharp.Fonts;
using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Pdf.Fonts;

/// <summary>
/// The process-wide PDFsharp font resolver: serves the bytes of the <see cref="FontFace"/>s handed
/// to canvases, keyed by <see cref="FontFace.Name"/>, and never a system font.
/// </summary>
/// <remarks>
/// PDFsharp allows one resolver per process (<see cref="GlobalFontSettings.FontResolver"/>), so this
/// is a registry that any number of documents, on any threads, add faces to. A face name always
/// maps to the bytes first registered under it: FontFace names are PostScript names, unique per file.
/// </remarks>
public sealed class FontRegistry : IFontResolver
{
    static readonly object InstallLock = new();

    readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    FontRegistry() { }

    /// <summary>The single instance, installed as PDFsharp's resolver on first use.</summary>
    public static FontRegistry Instance { get; } = new();

    /// <summary>Makes <paramref name="face"/> available to PDFsharp under its <see cref="FontFace.Name"/>.</summary>
    public void Register(FontFace face)
    {
        EnsureInstalled();
        _faces.TryAdd(face.Name, face.Data);
    }

    /// <summary>Installs this registry as PDFsharp's font resolver if it is not already.</summary>
    /// <exception cref="InvalidOperationException">Another resolver was installed by someone else.</exception>
    public static void EnsureInstalled()
    {
        if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            return;
        lock (InstallLock)
        {
            var current = GlobalFontSettings.FontResolver;
            if (current is null)
                GlobalFontSettings.FontResolver = Instance;
            else if (!ReferenceEquals(current, Instance))
                throw new InvalidOperationException(
                    $"PDFsharp already has a font resolver ({current.GetType().FullName}); ReportBuilder.Pdf needs its own FontRegistry installed as GlobalFontSettings.FontResolver.");
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Canvases ask for faces by their unique name with regular style, so bold and italic never
    /// need simulating: the name already picks the file.
    /// </remarks>
    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic)
        => _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    /// <inheritdoc/>
    public byte[]? GetFont(string faceName)
        => _faces.TryGetValue(faceName, out var data) ? data : null;
}
