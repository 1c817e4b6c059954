using Markdig.Syntax;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Templating.Markdown;
using ReportBuilder.Dialect.Features.Narrative;
using ReportBuilder.Dialect;

namespace ReportBuilder.Templating;

/// <summary>
/// The Markdown stage of a report: what the templates wrote, parsed, with every narrative piece they placed
/// parsed on its own. This is what <see cref="Markdown.Renderers.Layout.LayoutRenderer"/> turns into a layout document.
/// </summary>
/// <param name="Markdown">The templates' output (narrative pieces appear as <c>:::narrative</c> blocks).</param>
/// <param name="Document">That output parsed; its <see cref="NarrativeDocuments"/> are attached to it.</param>
/// <param name="RunningHeader">The running header, from the theme's pattern.</param>
public sealed record RenderedMarkdown(
    Report Report,
    ReportScore Score,
    TemplateSet Templates,
    string Markdown,
    MarkdownDocument Document,
    NarrativeDocuments Narratives,
    MarkdownOrigin Origin,
    string RunningHeader)
{
    /// <summary>The output with each narrative block replaced by its text, for reading what the templates made.</summary>
    public string Flattened()
    {
        var sb = new System.Text.StringBuilder();
        var lines = Markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith(":::narrative ", StringComparison.Ordinal)
                && Narratives.TryGetValue(line[":::narrative ".Length..].Split(' ')[0], out var piece))
            {
                sb.Append("<!-- from ").Append(piece.File).Append(" -->\n").Append(piece.Text.TrimEnd('\n')).Append('\n');
                if (i + 1 < lines.Length && lines[i + 1] == ":::") i++;
                continue;
            }
            sb.Append(line).Append('\n');
        }
        return sb.ToString();
    }
}

/// <summary>A report ready to lay out: its Markdown stage and the layout document composed from it.</summary>
public sealed record RenderedReport(RenderedMarkdown Markdown, ReportBuilder.Layout.Document Layout);
