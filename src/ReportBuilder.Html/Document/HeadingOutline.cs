using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportBuilder.Html.Document;

/// <summary>One heading as the contents list shows it.</summary>
/// <param name="Level">The level after <see cref="HeadingOutline"/> has closed any gaps (1–6).</param>
public sealed record OutlineEntry(int Level, string Id, string Text, HeadingBlock Heading);

/// <summary>
/// Prepares the headings of a parsed report for the page: gives each a stable, unique id and closes gaps in the
/// levels (an h4 straight after an h2 becomes an h3), so that the outline never skips a level whatever the
/// templates wrote. The PDF keeps the levels it was given; the words are the same.
/// </summary>
/// <remarks>
/// Ids are slugs of the heading's words ("1.1. Governance and leadership" → <c>1-1-governance-and-leadership</c>);
/// a repeated heading ("Strengths") gets <c>-2</c>, <c>-3</c>… in document order, and an id the page uses itself is
/// never reused. An id already set (by Markdig's auto-identifiers, or an attribute in the Markdown) is kept.
/// </remarks>
internal static class HeadingOutline
{
    /// <param name="document">The parsed report; its headings are changed in place.</param>
    /// <param name="reservedIds">Ids the page uses outside the Markdown.</param>
    /// <param name="levelAbove">The level of the heading the page puts before the Markdown (1 when the page writes the h1 itself, else 0).</param>
    public static IReadOnlyList<OutlineEntry> Prepare(MarkdownDocument document, ISet<string> reservedIds, int levelAbove)
    {
        var used = new HashSet<string>(reservedIds, StringComparer.Ordinal);
        var entries = new List<OutlineEntry>();
        var previousLevel = levelAbove;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level > previousLevel + 1) heading.Level = previousLevel + 1;
            if (heading.Level <= levelAbove) heading.Level = levelAbove + 1; // one h1 per page
            previousLevel = heading.Level;

            var text = PlainText.Of(heading);
            var attributes = heading.GetAttributes();
            if (string.IsNullOrEmpty(attributes.Id) || !used.Add(attributes.Id))
            {
                attributes.Id = Unique(Slug(text), used);
            }
            entries.Add(new OutlineEntry(heading.Level, attributes.Id!, text, heading));
        }
        return entries;
    }

    /// <summary>Lower-case letters and digits, every other run of characters one hyphen; <c>section</c> when nothing is left.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return builder.Length == 0 ? "section" : builder.ToString();
    }

    private static string Unique(string slug, HashSet<string> used)
    {
        if (used.Add(slug)) return slug;
        for (var n = 2; ; n++)
        {
            var candidate = slug + "-" + n;
            if (used.Add(candidate)) return candidate;
        }
    }
}
