namespace ReportBuilder.Cli.Diffing;

/// <summary>Whether a word is in both versions, only the old one or only the new one.</summary>
public enum DiffWordState
{
    Same,
    Removed,
    Added,
}

/// <summary>One word of a changed paragraph with its state.</summary>
public readonly record struct DiffWord(string Text, DiffWordState State);

/// <summary>Word-level diff: the longest common subsequence of the words, the rest marked removed or added.</summary>
public static class WordDiff
{
    /// <summary>
    /// The largest table the longest common subsequence may fill (words × words, or blocks × blocks): past it, what lies
    /// between the common start and end is shown as removed, then added. Report folders are untrusted; a pasted-in
    /// megabyte paragraph must not cost gigabytes.
    /// </summary>
    public const long MaxTableCells = 4_000_000;

    /// <summary>Every word of both texts in reading order; at a replacement the removed words come before the added ones.</summary>
    public static IReadOnlyList<DiffWord> Compare(string before, string after)
    {
        var a = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = after.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Common prefix and suffix first: most edits touch a few words of a long paragraph, and the table is quadratic.
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head]) head++;
        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)]) tail++;

        var words = new List<DiffWord>(a.Length + b.Length);
        for (var i = 0; i < head; i++) words.Add(new DiffWord(a[i], DiffWordState.Same));
        Middle(a[head..^tail], b[head..^tail], words);
        for (var i = a.Length - tail; i < a.Length; i++) words.Add(new DiffWord(a[i], DiffWordState.Same));
        return words;
    }

    /// <summary>The diff printed as text: removed words as <c>[-…-]</c>, added words as <c>{+…+}</c>, runs grouped.</summary>
    public static string Mark(IReadOnlyList<DiffWord> words)
    {
        var parts = new List<string>();
        for (var i = 0; i < words.Count;)
        {
            var state = words[i].State;
            var run = new List<string>();
            while (i < words.Count && words[i].State == state) run.Add(words[i++].Text);
            var text = string.Join(' ', run);
            parts.Add(state switch { DiffWordState.Removed => "[-" + text + "-]", DiffWordState.Added => "{+" + text + "+}", _ => text });
        }
        return string.Join(' ', parts);
    }

    private static void Middle(string[] a, string[] b, List<DiffWord> words)
    {
        if ((long)a.Length * b.Length > MaxTableCells)
        {
            words.AddRange(a.Select(w => new DiffWord(w, DiffWordState.Removed)));
            words.AddRange(b.Select(w => new DiffWord(w, DiffWordState.Added)));
            return;
        }
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { words.Add(new DiffWord(a[x++], DiffWordState.Same)); y++; }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1])) words.Add(new DiffWord(a[x++], DiffWordState.Removed));
            else words.Add(new DiffWord(b[y++], DiffWordState.Added));
        }
    }
}
