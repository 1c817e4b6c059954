namespace ReportBuilder.Core.Diagnostics;

/// <summary>A position in a file a person edits: 1-based line and column, as editors count them.</summary>
/// <remarks>
/// <see cref="File"/> is the path as the user gave it (for example <c>data/lincolnshire-2023/standards.csv</c>),
/// so that a printed diagnostic can be clicked in an editor or terminal. Column 1 is the first character.
/// </remarks>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    /// <summary>The start of a file, for problems that concern the file as a whole (missing, unreadable, empty).</summary>
    public static SourceSpan StartOf(string file) => new(file, 1, 1);

    /// <summary>The same file and line, at another column.</summary>
    public SourceSpan AtColumn(int column) => this with { Column = column };

    public override string ToString() => $"{File}:{Line}:{Column}";
}
