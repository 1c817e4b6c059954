using PdfSharp.Fonts;

namespace ReportBuilder.Conformance.Tests.Fixtures;

/// <summary>Serves the repository's <c>fonts/</c> to PDFsharp, so fixtures embed the same faces the product ships.</summary>
internal sealed class RepoFontResolver : IFontResolver
{
    private static readonly object Gate = new();
    private static bool installed;

    /// <summary>PDFsharp allows one global resolver per process: install ours once, whichever test runs first.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (installed) return;
            GlobalFontSettings.FontResolver = new RepoFontResolver();
            installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (familyName.Equals("DejaVu Sans", StringComparison.OrdinalIgnoreCase))
            return new FontResolverInfo(bold ? "DejaVuSans-Bold" : "DejaVuSans");
        var face = (bold, italic) switch
        {
            (true, true) => "LiberationSans-BoldItalic",
            (true, false) => "LiberationSans-Bold",
            (false, true) => "LiberationSans-Italic",
            _ => "LiberationSans-Regular",
        };
        return new FontResolverInfo(face);
    }

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(Repository.Fonts, faceName + ".ttf"));
}
