using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Pdf.Tests;

/// <summary>Loads the repository's fonts/ folder (the engine's font loader is not this project's).</summary>
static class TestFonts
{
    static readonly Lazy<string> Folder = new(() => Repository.Fonts);

    static FontFace Load(string name, string family, bool bold, bool italic)
        => new(name, family, bold, italic, File.ReadAllBytes(Path.Combine(Folder.Value, name + ".ttf")));

    public static readonly FontFace Regular = Load("LiberationSans-Regular", "Liberation Sans", false, false);
    public static readonly FontFace Bold = Load("LiberationSans-Bold", "Liberation Sans", true, false);
    public static readonly FontFace Italic = Load("LiberationSans-Italic", "Liberation Sans", false, true);
    public static readonly FontFace DejaVu = Load("DejaVuSans", "DejaVu Sans", false, false);
}
