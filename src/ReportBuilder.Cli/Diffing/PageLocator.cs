using ReportBuilder.Pipeline.PageText;

namespace ReportBuilder.Cli.Diffing;

/// <summary>
/// Finds where changes land in each version's pages and where whole sections moved to, from the body text of both
/// layouts (<see cref="PageTextCanvas"/>). A page move is announced once, at the section where the offset between
/// the versions changes, not at every later section.
/// </summary>
public static class PageLocator
{
    /// <summary>Fewer letters than this match too many places (a rating word, a standard's short name): not located.</summary>
    private const int MinimumLetters = 24;

    /// <summary>Letters of an item's start searched for; long enough to be unique, short enough to stop before a footnote mark.</summary>
    private const int NeedleLetters = 60;

    public static IReadOnlyList<SectionChange> Locate(IReadOnlyList<SectionChange> changes, IReadOnlyList<SectionContent> oldOutline,
        IReadOnlyList<SectionContent> newOutline, PageTextCanvas oldPages, PageTextCanvas newPages)
    {
        var oldStarts = SectionStarts(oldOutline, oldPages);
        var newStarts = SectionStarts(newOutline, newPages);
        var located = changes.Select(c => c with
        {
            Pages = new PagePair(
                Find(oldPages, c.OldLocator ?? c.Old, oldStarts.GetValueOrDefault(c.Section.Key)),
                Find(newPages, c.NewLocator ?? c.New, newStarts.GetValueOrDefault(c.Section.Key))),
        }).ToList();

        var moves = PageMoves(newOutline, oldStarts, newStarts, oldPages, newPages);
        var result = new List<SectionChange>();
        if (oldPages.Pages != newPages.Pages)
            result.Add(new SectionChange(PagesSection, ChangeKinds.Pages, ChangeAction.Changed, "page count", $"{oldPages.Pages}", $"{newPages.Pages}"));
        else if (moves.Count == 0 && changes.Any(c => c.Kind is ChangeKinds.Template or ChangeKinds.Theme))
            // A template change's effect on the pages is always summarised, even when it is none.
            result.Add(new SectionChange(PagesSection, ChangeKinds.Pages, ChangeAction.Changed, "page count", $"{oldPages.Pages}", $"{newPages.Pages}",
                Detail: "the template change moves no section to another page"));
        // Each move goes just before the first change of its section, or where the section would stand.
        var order = newOutline.Select((s, i) => (s.Section.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        int Rank(DiffSection s) => order.TryGetValue(s.Key, out var r) ? r : int.MaxValue;
        var pending = new Queue<SectionChange>(moves.OrderBy(m => Rank(m.Section)));
        foreach (var change in located)
        {
            while (pending.Count > 0 && Rank(pending.Peek().Section) <= Rank(change.Section)) result.Add(pending.Dequeue());
            result.Add(change);
        }
        result.AddRange(pending);
        return result;
    }

    public static DiffSection PagesSection { get; } = new("pages", "pages");

    /// <summary>Walking the new version's sections in page order, each place where their offset from the old pages changes.</summary>
    private static List<SectionChange> PageMoves(IReadOnlyList<SectionContent> outline, Dictionary<string, int> oldStarts,
        Dictionary<string, int> newStarts, PageTextCanvas oldPages, PageTextCanvas newPages)
    {
        var moves = new List<SectionChange>();
        var shift = 0;
        var sections = outline.Where(s => oldStarts.ContainsKey(s.Section.Key) && newStarts.ContainsKey(s.Section.Key))
            .OrderBy(s => newStarts[s.Section.Key]);
        foreach (var section in sections)
        {
            var was = oldPages.PageAt(oldStarts[section.Section.Key]);
            var now = newPages.PageAt(newStarts[section.Section.Key]);
            if (now - was == shift) continue;
            shift = now - was;
            var how = shift == 0 ? "on the same page as before" : $"{Math.Abs(shift)} page{(Math.Abs(shift) == 1 ? "" : "s")} {(shift > 0 ? "later" : "earlier")}";
            moves.Add(new SectionChange(section.Section, ChangeKinds.Pages, ChangeAction.Moved, "start", $"page {was}", $"page {now}",
                Detail: $"starts {how}, and so does what follows") { Pages = new PagePair(was, now) });
        }
        return moves;
    }

    /// <summary>Where each section's first locatable item lies in the text (searched from the start: sections need not be in page order).</summary>
    private static Dictionary<string, int> SectionStarts(IReadOnlyList<SectionContent> outline, PageTextCanvas pages)
    {
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var section in outline)
            foreach (var item in section.Items)
                if (Offset(pages, item.LocatorText, 0) is { } offset) { starts[section.Section.Key] = offset; break; }
        return starts;
    }

    private static int? Find(PageTextCanvas pages, string? text, int from) =>
        text is not null && Offset(pages, text, from) is { } offset ? pages.PageAt(offset) : null;

    /// <summary>The item's first letters at or after <paramref name="from"/> (else anywhere), else its last letters (a footnote mark may sit early).</summary>
    private static int? Offset(PageTextCanvas pages, string text, int from)
    {
        var needle = PageTextCanvas.Normalise(text);
        if (needle.Length < MinimumLetters) return null;
        var letters = pages.Letters;
        var head = needle[..Math.Min(NeedleLetters, needle.Length)];
        if (Search(letters, head, from) is { } start) return start;
        var tail = needle[^Math.Min(NeedleLetters / 2, needle.Length)..];
        return Search(letters, tail, from) is { } end ? Math.Max(0, end - (needle.Length - tail.Length)) : null;
    }

    private static int? Search(string letters, string part, int from)
    {
        var at = letters.IndexOf(part, Math.Min(from, letters.Length), StringComparison.Ordinal);
        if (at < 0) at = letters.IndexOf(part, StringComparison.Ordinal);
        return at >= 0 ? at : null;
    }
}
