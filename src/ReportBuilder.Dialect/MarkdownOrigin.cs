using Markdig.Syntax;
using SourceSpan = ReportBuilder.Core.Diagnostics.SourceSpan;

namespace ReportBuilder.Dialect;

/// <summary>Where a parsed Markdown document came from, so a node's line becomes a line of the file a person edits.</summary>
/// <param name="File">The file as the user names it.</param>
/// <param name="LineOffset">Lines of the file before the document's first line.</param>
/// <param name="Generated">True for template output: its lines are not lines of a file, and messages say so.</param>
public sealed record MarkdownOrigin(string File, int LineOffset, bool Generated = false)
{
    public SourceSpan SpanOf(MarkdownObject node) => new(File, LineOffset + node.Line + 1, node.Column + 1);

    /// <summary>The words a message ends with for template output ("(line 12 of the template output)"); empty for a file.</summary>
    public string Describe(MarkdownObject node) => DescribeLine(node.Line);

    /// <summary><see cref="Describe"/> for a 0-based line of the document.</summary>
    public string DescribeLine(int line) => Generated ? $" (line {line + 1} of the template output)" : "";
}
