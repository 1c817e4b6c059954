using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Layout.Text;

/// <summary>How text looks. Unset (null) properties inherit from the enclosing style.</summary>
public sealed record TextStyle
{
    public string? FontFamily { get; init; }
    public double? FontSize { get; init; }
    public bool? Bold { get; init; }
    public bool? Italic { get; init; }
    public Color? Color { get; init; }
    public bool? Underline { get; init; }
    public bool? Superscript { get; init; }
    /// <summary>Size of superscript text (footnote numbers) in points; null sets it at 62% of the font size.</summary>
    /// <remarks>A fixed size keeps footnote numbers readable (at least 7 pt) and alike in the text, in tables and in the notes.</remarks>
    public double? SuperscriptSize { get; init; }
    /// <summary>Line height as a multiple of the font size; null uses the font's own spacing (ascent + descent + gap).</summary>
    public double? LineHeight { get; init; }
    /// <summary>Language of the text (BCP 47) when it differs from the document's.</summary>
    public string? Language { get; init; }
    /// <summary>
    /// Apply the font's kerning pairs inside words (off by default: word processors, and so the published reports
    /// this engine rebuilds, leave it off; turning it on moves line breaks).
    /// </summary>
    public bool? Kerning { get; init; }

    /// <summary>The engine's defaults: Liberation Sans 11 pt, black.</summary>
    public static TextStyle Default { get; } = new()
    {
        FontFamily = "Liberation Sans", FontSize = 11, Bold = false, Italic = false, Color = Drawing.Color.Black,
        Underline = false, Superscript = false, Kerning = false,
    };

    /// <summary>A style that sets nothing: everything inherited. Shared, as every style is immutable.</summary>
    public static TextStyle Unset { get; } = new();

    /// <summary>Whether the style sets nothing of its own.</summary>
    public bool IsUnset => FontFamily is null && FontSize is null && Bold is null && Italic is null && Color is null && Underline is null
        && Superscript is null && SuperscriptSize is null && LineHeight is null && Language is null && Kerning is null;

    /// <summary>This style with every unset property taken from <paramref name="parent"/>.</summary>
    /// <remarks>
    /// A style that sets nothing inherits <paramref name="parent"/> itself: most spans and paragraphs set nothing of
    /// their own, and a new style for each (four a table cell) was a fifth of what composing a long table allocated.
    /// </remarks>
    public TextStyle InheritFrom(TextStyle parent) => IsUnset ? parent : new()
    {
        FontFamily = FontFamily ?? parent.FontFamily,
        FontSize = FontSize ?? parent.FontSize,
        Bold = Bold ?? parent.Bold,
        Italic = Italic ?? parent.Italic,
        Color = Color ?? parent.Color,
        Underline = Underline ?? parent.Underline,
        Superscript = Superscript ?? parent.Superscript,
        SuperscriptSize = SuperscriptSize ?? parent.SuperscriptSize,
        LineHeight = LineHeight ?? parent.LineHeight,
        Language = Language ?? parent.Language,
        Kerning = Kerning ?? parent.Kerning,
    };
}

/// <summary>Horizontal alignment of the lines of a paragraph.</summary>
public enum TextAlignment { Left, Center, Right, Justify }

/// <summary>Where a drawing's text is anchored horizontally.</summary>
public enum TextAnchor { Start, Middle, End }
