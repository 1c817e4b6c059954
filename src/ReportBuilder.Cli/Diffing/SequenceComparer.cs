namespace ReportBuilder.Cli.Diffing;

/// <summary>
/// Compares two sequences of unkeyed items (paragraphs, bullets, recommendations, quotes): items kept in order are
/// the longest common subsequence; an item left over on both sides with the same words is a move; left-over items
/// between the same two kept ones that share most of their words are one item changed in place (words marked);
/// the rest are added or removed.
/// </summary>
internal static class SequenceComparer
{
    /// <summary>Two items with at least this share of words in common are the same item edited, not one removed and one added.</summary>
    private const double SameItemShare = 0.5;

    /// <summary>Left-over old items an unmatched new item is measured against for an in-place edit.</summary>
    private const int MaxCandidates = 64;

    public static IEnumerable<SectionChange> Compare(DiffSection section, IReadOnlyList<DiffItem> before, IReadOnlyList<DiffItem> after)
    {
        var kept = CommonSubsequence(before, after);
        var oldMatched = new int?[before.Count];
        var newMatched = new int?[after.Count];
        foreach (var (o, n) in kept) { oldMatched[o] = n; newMatched[n] = o; }

        var changes = new List<(double Order, SectionChange Change)>();
        // Moves: the same words left over on both sides (looked up by kind and text, earliest first).
        var leftOver = new Dictionary<(string, string), Queue<int>>();
        for (var o = 0; o < before.Count; o++)
        {
            if (oldMatched[o] is not null) continue;
            if (!leftOver.TryGetValue((before[o].Kind, before[o].Text), out var queue)) leftOver[(before[o].Kind, before[o].Text)] = queue = new Queue<int>();
            queue.Enqueue(o);
        }
        for (var n = 0; n < after.Count; n++)
        {
            if (newMatched[n] is not null || !leftOver.TryGetValue((after[n].Kind, after[n].Text), out var queue) || queue.Count == 0) continue;
            var o = queue.Dequeue();
            oldMatched[o] = n;
            newMatched[n] = o;
            changes.Add((n, new SectionChange(section, after[n].Kind, ChangeAction.Moved, $"{Label(after, n)} (was {Label(before, o)})",
                before[o].Text, after[n].Text) { OldLocator = before[o].LocatorText, NewLocator = after[n].LocatorText }));
        }

        // In-place edits and additions, gap by gap between kept items.
        for (var n = 0; n < after.Count; n++)
        {
            if (newMatched[n] is not null) continue;
            var (from, to) = Gap(kept, n, before.Count);
            var best = -1;
            var bestShare = SameItemShare;
            // A bounded look into the gap: an edit stands near where it was, and a hostile folder must stay cheap.
            for (var o = from; o < Math.Min(to, from + MaxCandidates); o++)
            {
                if (oldMatched[o] is not null || before[o].Kind != after[n].Kind) continue;
                var share = Share(before[o].Text, after[n].Text);
                if (share >= bestShare) { best = o; bestShare = share; }
            }
            if (best >= 0)
            {
                oldMatched[best] = n;
                newMatched[n] = best;
                changes.Add((n, new SectionChange(section, after[n].Kind, ChangeAction.Changed, Label(after, n), before[best].Text, after[n].Text,
                    WordDiff.Compare(before[best].Text, after[n].Text)) { OldLocator = before[best].LocatorText, NewLocator = after[n].LocatorText }));
            }
            else changes.Add((n, new SectionChange(section, after[n].Kind, ChangeAction.Added, Label(after, n), null, after[n].Text) { NewLocator = after[n].LocatorText }));
        }

        // Removals, placed where they stood: just before the new item that follows the last kept one before them.
        for (var o = 0; o < before.Count; o++)
        {
            if (oldMatched[o] is not null) continue;
            var next = kept.Where(k => k.Old > o).Select(k => (int?)k.New).FirstOrDefault() ?? after.Count;
            changes.Add((next - 0.5, new SectionChange(section, before[o].Kind, ChangeAction.Removed, Label(before, o), before[o].Text, null) { OldLocator = before[o].LocatorText }));
        }
        return changes.OrderBy(c => c.Order).Select(c => c.Change);
    }

    private static bool Same(DiffItem a, DiffItem b) => a.Kind == b.Kind && a.Text == b.Text;

    /// <summary>"bullet 2": the item's kind and its number among the items of that kind in its section.</summary>
    private static string Label(IReadOnlyList<DiffItem> items, int index) =>
        $"{items[index].Kind} {items.Take(index + 1).Count(i => i.Kind == items[index].Kind)}";

    /// <summary>The old indexes [from, to) between the kept pairs around new index <paramref name="n"/>.</summary>
    private static (int From, int To) Gap(List<(int Old, int New)> kept, int n, int oldCount)
    {
        var from = 0;
        var to = oldCount;
        foreach (var (o, k) in kept)
        {
            if (k < n) from = o + 1;
            else { to = o; break; }
        }
        return (from, to);
    }

    /// <summary>The share of words two texts have in common (the larger text's word count is the whole).</summary>
    private static double Share(string a, string b)
    {
        var words = WordDiff.Compare(a, b);
        var same = words.Count(w => w.State == DiffWordState.Same);
        var larger = Math.Max(words.Count(w => w.State != DiffWordState.Added), words.Count(w => w.State != DiffWordState.Removed));
        return larger == 0 ? 1 : (double)same / larger;
    }

    private static List<(int Old, int New)> CommonSubsequence(IReadOnlyList<DiffItem> a, IReadOnlyList<DiffItem> b)
    {
        var pairs = new List<(int, int)>();
        var head = 0;
        while (head < a.Count && head < b.Count && Same(a[head], b[head])) pairs.Add((head, head++));
        var tail = 0;
        while (tail < a.Count - head && tail < b.Count - head && Same(a[^(tail + 1)], b[^(tail + 1)])) tail++;
        int rows = a.Count - head - tail, columns = b.Count - head - tail;
        // Past the table limit only the common start and end are kept; the rest shows as moves, edits or additions.
        if ((long)rows * columns <= WordDiff.MaxTableCells)
        {
            var lcs = new int[rows + 1, columns + 1];
            for (var i = rows - 1; i >= 0; i--)
                for (var j = columns - 1; j >= 0; j--)
                    lcs[i, j] = Same(a[head + i], b[head + j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            int x = 0, y = 0;
            while (x < rows && y < columns)
            {
                if (Same(a[head + x], b[head + y])) pairs.Add((head + x++, head + y++));
                else if (lcs[x + 1, y] >= lcs[x, y + 1]) x++;
                else y++;
            }
        }
        for (var k = tail; k > 0; k--) pairs.Add((a.Count - k, b.Count - k));
        return pairs;
    }
}
