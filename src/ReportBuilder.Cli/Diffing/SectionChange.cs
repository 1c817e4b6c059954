namespace ReportBuilder.Cli.Diffing;

/// <summary>What happened to an item between the two versions.</summary>
public enum ChangeAction
{
    Changed,
    Added,
    Removed,
    Moved,
}

/// <summary>Where a change lands: the page in each version (null where that side has none, or it cannot be found).</summary>
public readonly record struct PagePair(int? Old, int? New)
{
    public static PagePair None => default;

    public bool IsKnown => Old is not null || New is not null;
}

/// <summary>One change, in words: which section, what kind, the old and new text, and the changed words marked.</summary>
/// <param name="Label">What the item is called within its section (<c>bullet 2</c>, <c>question 1</c>, <c>overall rating</c>).</param>
/// <param name="Old">The earlier text, null when added.</param>
/// <param name="New">The later text, null when removed.</param>
/// <param name="Words">For a paragraph, bullet or footnote changed in place: every word, marked same, removed or added.</param>
/// <param name="Detail">More words on the change (a key question's wording), or null.</param>
public sealed record SectionChange(
    DiffSection Section,
    string Kind,
    ChangeAction Action,
    string Label,
    string? Old,
    string? New,
    IReadOnlyList<DiffWord>? Words = null,
    string? Detail = null)
{
    /// <summary>The page in each version (filled in by <see cref="PageLocator"/> when the layouts were built).</summary>
    public PagePair Pages { get; init; }

    /// <summary>The old side's text for finding its page.</summary>
    internal string? OldLocator { get; init; }

    /// <summary>The new side's text for finding its page.</summary>
    internal string? NewLocator { get; init; }
}
