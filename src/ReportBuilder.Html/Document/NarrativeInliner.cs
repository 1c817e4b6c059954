using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportBuilder.Dialect.Features.Narrative;

namespace ReportBuilder.Html.Document;

/// <summary>
/// Moves each narrative piece (parsed on its own, so that diagnostics keep its file and line) into the place of
/// its <c>:::narrative</c> block, so that the page is one tree: headings get ids and contents entries, and notes
/// get one numbering. Applies what the block asks: its top headings take <see cref="NarrativeBlock.Level"/>, and
/// <see cref="NarrativeBlock.Suffix"/> is added after each heading (as the PDF prints "Strengths:").
/// </summary>
/// <remarks>
/// The pieces are moved, not copied: the caller passes documents parsed for this page alone. A piece's notes go
/// into the list <see cref="Inline"/> returns, for <see cref="FootnoteMerger"/> to number with the rest.
/// </remarks>
internal static class NarrativeInliner
{
    public static List<FootnoteGroup> Inline(MarkdownDocument document)
    {
        var groups = new List<FootnoteGroup>();
        var pieces = NarrativeDocuments.Of(document);
        foreach (var block in document.Descendants<NarrativeBlock>().ToList())
        {
            var parent = block.Parent!;
            var index = parent.IndexOf(block);
            parent.RemoveAt(index);
            if (pieces?.GetValueOrDefault(block.Key) is not { } piece) continue; // the Markdown checks report a missing piece

            var headings = piece.Document.Descendants<HeadingBlock>().ToList();
            var shift = block.Level > 0 && headings.Count > 0 ? block.Level - headings.Min(h => h.Level) : 0;
            foreach (var heading in headings)
            {
                heading.Level = Math.Clamp(heading.Level + shift, 1, 6);
                if (block.Suffix.Length > 0)
                {
                    heading.Inline ??= new ContainerInline();
                    heading.Inline.AppendChild(new LiteralInline(block.Suffix));
                }
            }

            foreach (var child in piece.Document.ToList())
            {
                piece.Document.Remove(child);
                if (child is FootnoteGroup group) { groups.Add(group); continue; }
                parent.Insert(index++, child);
            }
        }
        return groups;
    }
}
