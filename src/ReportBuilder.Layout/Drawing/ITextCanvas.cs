namespace ReportBuilder.Layout.Drawing;

/// <summary>What a backend that reads the text takes: each run of text drawn, with its font and baseline.</summary>
/// <remarks>
/// Calls come only while a page is open (between <see cref="ICanvas.BeginPage"/> and <see cref="ICanvas.EndPage"/>).
/// A backend that needs the words but no pixels (the page text <c>diff</c> searches) implements this alone; one that
/// draws implements <see cref="IDrawingCanvas"/>, which is a text canvas too.
/// </remarks>
public interface ITextCanvas
{
    /// <summary>Draws <paramref name="text"/> with its baseline starting at <paramref name="origin"/>.</summary>
    /// <remarks>
    /// Glyph advances are the font's own (no kerning, no shaping), which the layout measured; where kerning is on, the
    /// layout cuts a word at each kerned pair and draws the pieces at their kerned positions.
    /// </remarks>
    void DrawText(string text, FontFace font, double fontSize, Color color, Point origin);

    /// <summary>Draws <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>, as <see cref="DrawText(string, FontFace, double, Color, Point)"/>.</summary>
    /// <remarks>
    /// What the engine calls: a paragraph keeps its text as one string and its lines and words as ranges of it, so the
    /// string of a line is made only here, once per render. A canvas that can draw from a span overrides this.
    /// </remarks>
    void DrawText(string source, int start, int length, FontFace font, double fontSize, Color color, Point origin) =>
        DrawText(start == 0 && length == source.Length ? source : source.Substring(start, length), font, fontSize, color, origin);
}
