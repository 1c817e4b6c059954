namespace ReportBuilder.Layout.Infrastructure;

/// <summary>
/// The rule for a paragraph split across pages: at least <paramref name="Orphans"/> lines at the foot of the first
/// page and <paramref name="Widows"/> at the head of the next; a paragraph too short for both moves whole.
/// </summary>
internal readonly record struct WidowsAndOrphans(int Widows, int Orphans)
{
    /// <summary>How many of the <paramref name="remaining"/> lines this page keeps when only <paramref name="fitting"/> of them fit.</summary>
    /// <param name="atPageTop">Nothing is on the page yet: the rule yields (all that fits is kept) rather than never place the text.</param>
    public int Keep(int fitting, int remaining, bool atPageTop)
    {
        if (fitting >= remaining) return fitting;
        int kept = fitting;
        if (remaining < Orphans + Widows) kept = 0;
        else
        {
            if (remaining - kept < Widows) kept = remaining - Widows;
            if (kept < Orphans) kept = 0;
        }
        return kept == 0 && atPageTop ? fitting : kept;
    }
}
