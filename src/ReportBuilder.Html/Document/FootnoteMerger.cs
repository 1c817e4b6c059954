using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace ReportBuilder.Html.Document;

/// <summary>
/// Gathers every note of the page (the template's and those of the narrative pieces) into one group, numbered
/// 1, 2, 3… in the order the text first refers to them, as the PDF numbers them. Notes nobody refers to are dropped.
/// </summary>
internal static class FootnoteMerger
{
    /// <returns>The one group, taken out of the document for the page to place, or null when there are no notes.</returns>
    public static FootnoteGroup? Merge(MarkdownDocument document, IEnumerable<FootnoteGroup> moreGroups)
    {
        var groups = document.OfType<FootnoteGroup>().ToList();
        foreach (var group in groups) document.Remove(group);
        groups.AddRange(moreGroups);
        if (groups.Count == 0) return null;

        var order = new List<Footnote>();
        var seen = new HashSet<Footnote>();
        foreach (var link in document.Descendants<FootnoteLink>())
        {
            if (!link.IsBackLink && seen.Add(link.Footnote)) order.Add(link.Footnote);
        }
        if (order.Count == 0) return null;

        var merged = groups[0];
        foreach (var group in groups)
        {
            foreach (var footnote in group.OfType<Footnote>().ToList()) group.Remove(footnote);
        }
        for (var i = 0; i < order.Count; i++)
        {
            order[i].Order = i + 1;
            merged.Add(order[i]);
        }
        return merged;
    }
}
