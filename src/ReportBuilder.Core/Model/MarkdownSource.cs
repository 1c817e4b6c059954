namespace ReportBuilder.Core.Model;

/// <summary>
/// Narrative Markdown kept as the text the author wrote, with where it came from, so that later stages
/// (templating, Markdown parsing) can report a problem at the right file and line.
/// </summary>
/// <param name="File">The file as the user names it (<c>data/lincolnshire-2023/standards/2.1.md</c>).</param>
/// <param name="Text">The Markdown, line endings normalised to <c>\n</c>, without a byte order mark.</param>
/// <param name="LineOffset">Lines before <see cref="Text"/> in the file: line 1 of the text is line <c>LineOffset + 1</c> of the file.</param>
public sealed record MarkdownSource(string File, string Text, int LineOffset = 0)
{
    /// <summary>The line of the file that holds line <paramref name="lineInText"/> (1-based) of <see cref="Text"/>.</summary>
    public int FileLine(int lineInText) => LineOffset + lineInText;

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
