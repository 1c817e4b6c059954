using System.Globalization;
using System.Text;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Layout.Text;
using ReportBuilder.Dialect;

namespace ReportBuilder.Templating.Markdown;

/// <summary>
/// Warns, at the file, line and column a person edits, about each character of a narrative that no font in
/// <c>fonts/</c> can draw. The layout engine also warns (and leaves the character out), but it no longer knows where the
/// text came from; this check runs while it still does.
/// </summary>
internal static class GlyphCoverageCheck
{
    public static void Check(string text, MarkdownOrigin origin, FontCollection fonts, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<int>();
        int line = 1, column = 1;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n') { line++; column = 1; continue; }
            if (NeedsGlyph(rune) && reported.Add(rune.Value) && !fonts.Faces.Any(f => f.Metrics.HasGlyph(rune.Value)))
                diagnostics.Warning(new SourceSpan(origin.File, origin.LineOffset + line, column), DiagnosticCodes.MissingGlyph,
                    $"character U+{rune.Value:X4} ({Rune.GetUnicodeCategory(rune)}) is in none of the fonts; it will be left out of the PDF");
            column += rune.Utf16SequenceLength;
        }
    }

    /// <summary>Controls, format characters (joiners, direction marks) and spaces are handled by layout, not drawn.</summary>
    private static bool NeedsGlyph(Rune rune) =>
        rune.Value > 0x7E && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned);
}
