namespace ReportBuilder.Layout.Drawing;

/// <summary>
/// One font file the engine was handed (for example <c>fonts/LiberationSans-Bold.ttf</c>).
/// Layout measures text from its metrics; backends embed or rasterise the same bytes, so
/// both draw glyphs at the positions the layout measured.
/// </summary>
/// <remarks>
/// <see cref="Name"/> is unique within a document (the PostScript name from the font's
/// <c>name</c> table) and is what backends key their font caches on.
/// </remarks>
public sealed partial class FontFace
{
    public FontFace(string name, string familyName, bool isBold, bool isItalic, byte[] data)
    {
        Name = name;
        FamilyName = familyName;
        IsBold = isBold;
        IsItalic = isItalic;
        Data = data;
    }

    /// <summary>Unique face name, e.g. <c>LiberationSans-Bold</c>.</summary>
    public string Name { get; }

    /// <summary>Family name, e.g. <c>Liberation Sans</c>.</summary>
    public string FamilyName { get; }

    public bool IsBold { get; }
    public bool IsItalic { get; }

    /// <summary>The whole TrueType/OpenType file.</summary>
    public byte[] Data { get; }

    public override string ToString() => Name;
}
