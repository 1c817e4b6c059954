namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

/// <summary>
/// How many headings of each level have been set since the last heading of a higher level: whether a heading is the
/// first section of its chapter (see <see cref="Theming.HeadingTheme.FirstOnParentPage"/>).
/// </summary>
public sealed class HeadingSequence
{
    private readonly int[] counts = new int[5];

    /// <summary>Counts a heading of <paramref name="level"/> (1-4) and returns whether it is the first of its level under its parent.</summary>
    public bool Next(int level)
    {
        for (var deeper = level + 1; deeper < counts.Length; deeper++) counts[deeper] = 0;
        return counts[level]++ == 0;
    }
}
