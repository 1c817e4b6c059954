using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace ReportBuilder.Dialect.Features.Narrative;

/// <summary>
/// <c>:::narrative n3 level=3 suffix=%3A</c>: where a template places a piece of narrative Markdown from the data
/// (written by <c>report.narrative</c>). The piece is parsed on its own, so diagnostics keep its file and line;
/// <see cref="Level"/> is the level its top headings take, <see cref="Suffix"/> is printed after each of its headings.
/// </summary>
public sealed class NarrativeBlock() : CustomContainer(null!)
{
    public string Key { get; internal set; } = "";
    public int Level { get; internal set; }
    public string Suffix { get; internal set; } = "";
}

/// <summary>The narrative pieces of a document by key, attached to the template output's document.</summary>
public sealed class NarrativeDocuments : Dictionary<string, NarrativeDocument>
{
    public static NarrativeDocuments? Of(MarkdownDocument document) => document.GetData(typeof(NarrativeDocuments)) as NarrativeDocuments;
}

/// <param name="File">The data file, as the user names it.</param>
/// <param name="LineOffset">Lines of the file before the piece's first line.</param>
/// <param name="Text">The Markdown as written.</param>
public sealed record NarrativeDocument(MarkdownDocument Document, string File, int LineOffset, string Text);
