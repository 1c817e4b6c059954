namespace ReportBuilder.Cli.Diffing;

/// <summary>
/// Compares two outlines section by section in the later version's reading order (a section only in the earlier one
/// comes last): keyed items (figures, ratings, fields, template files) by key, the rest as a sequence with moves.
/// </summary>
public static class ReportComparer
{
    public static IReadOnlyList<SectionChange> Compare(IReadOnlyList<SectionContent> before, IReadOnlyList<SectionContent> after)
    {
        var old = before.ToDictionary(s => s.Section.Key, StringComparer.Ordinal);
        var keys = after.Select(s => s.Section.Key).ToHashSet(StringComparer.Ordinal);
        var changes = new List<SectionChange>();
        foreach (var section in after)
            changes.AddRange(Compare(section.Section, old.TryGetValue(section.Section.Key, out var was) ? was.Items : [], section.Items));
        foreach (var section in before.Where(s => !keys.Contains(s.Section.Key)))
            changes.AddRange(Compare(section.Section, section.Items, []));
        return changes;
    }

    private static IEnumerable<SectionChange> Compare(DiffSection section, IReadOnlyList<DiffItem> before, IReadOnlyList<DiffItem> after)
    {
        var sequence = SequenceComparer.Compare(section, before.Where(i => i.Key is null).ToList(), after.Where(i => i.Key is null).ToList());
        return sequence.Concat(Keyed(section, before.Where(i => i.Key is not null).ToList(), after.Where(i => i.Key is not null).ToList()));
    }

    private static IEnumerable<SectionChange> Keyed(DiffSection section, List<DiffItem> before, List<DiffItem> after)
    {
        var old = before.ToDictionary(i => i.Key!, StringComparer.Ordinal);
        foreach (var item in after)
        {
            if (!old.TryGetValue(item.Key!, out var was))
                yield return Change(section, item, ChangeAction.Added, null, item);
            else if (was.Text != item.Text)
                yield return Change(section, item, ChangeAction.Changed, was, item);
        }
        var keys = after.Select(i => i.Key!).ToHashSet(StringComparer.Ordinal);
        foreach (var item in before.Where(i => !keys.Contains(i.Key!)))
            yield return Change(section, item, ChangeAction.Removed, item, null);
    }

    private static SectionChange Change(DiffSection section, DiffItem item, ChangeAction action, DiffItem? was, DiffItem? now) =>
        new(section, item.Kind, action, item.Label ?? item.Key!, was?.Text, now?.Text, Detail: item.Locator is { } l && l != (item.Label ?? item.Key) ? l : null)
        {
            OldLocator = was?.Locator,
            NewLocator = now?.Locator,
        };
}
