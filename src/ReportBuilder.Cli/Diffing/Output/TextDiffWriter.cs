namespace ReportBuilder.Cli.Diffing.Output;

/// <summary>
/// <c>--format text</c>: one line per change, <c>section: what: words [pages]</c>, changed words marked
/// <c>[-old-]{+new+}</c>; "no changes" alone when nothing differs.
/// </summary>
public static class TextDiffWriter
{
    public static void Write(ReportDiff diff, TextWriter output)
    {
        if (!diff.HasChanges)
        {
            output.WriteLine("no changes");
            return;
        }
        foreach (var change in diff.Changes) output.WriteLine(Line(change));
    }

    /// <summary>One change as a line (also what <c>archive --verify</c> prints).</summary>
    public static string Line(SectionChange change) => $"{change.Section.Title}: {Body(change)}{Pages(change.Pages)}";

    private static string Body(SectionChange c)
    {
        if (c.Kind == ChangeKinds.Pages && c.Action == ChangeAction.Moved)
            return c.Detail!;
        if (c.Kind == ChangeKinds.Pages && c.Old == c.New)
            return $"{c.Detail} (the same {c.New} pages)";
        if (c.Kind is ChangeKinds.Template or ChangeKinds.Theme)
            return $"{c.Kind} {c.Label} {Verb(c.Action)}";
        var detail = c.Detail is null ? "" : $" ({c.Detail})";
        return c.Action switch
        {
            ChangeAction.Changed when c.Words is not null => $"{c.Label} changed: {WordDiff.Mark(c.Words)}",
            ChangeAction.Changed => $"{c.Label}: {c.Old} -> {c.New}{detail}",
            ChangeAction.Added => $"{c.Label} added: {c.New}{detail}",
            ChangeAction.Removed => $"{c.Label} removed: {c.Old}{detail}",
            _ => $"{c.Label} moved: {Shorten(c.New!)}",
        };
    }

    public static string Verb(ChangeAction action) => action switch
    {
        ChangeAction.Changed => "changed",
        ChangeAction.Added => "added",
        ChangeAction.Removed => "removed",
        _ => "moved",
    };

    private static string Pages(PagePair pages) => pages switch
    {
        { Old: { } o, New: { } n } when o == n => $" [page {n}]",
        { Old: { } o, New: { } n } => $" [page {o} -> {n}]",
        { Old: { } o } => $" [was page {o}]",
        { New: { } n } => $" [page {n}]",
        _ => "",
    };

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
