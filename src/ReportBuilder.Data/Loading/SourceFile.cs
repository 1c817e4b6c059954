namespace ReportBuilder.Data.Loading;

/// <summary>A text file of the report folder, decoded, with the path under which problems are reported.</summary>
/// <param name="DisplayPath">The path as the user named the folder plus the file's relative path, with '/' separators.</param>
/// <param name="Text">The text, without a byte order mark, line endings normalised to '\n'.</param>
public sealed record SourceFile(string DisplayPath, string Text)
{
    private string[]? _lines;

    /// <summary>The lines of the text (without line breaks); line 1 is index 0.</summary>
    public string[] Lines => _lines ??= Text.Split('\n');
}
