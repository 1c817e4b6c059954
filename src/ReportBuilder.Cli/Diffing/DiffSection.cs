namespace ReportBuilder.Cli.Diffing;

/// <summary>One part of a report as a reader meets it: the cover, the ratings, a standard's findings, a chapter.</summary>
/// <param name="Key">Stable and machine-readable (<c>standard-2.1-key-questions</c>): the manifest's section digests and the JSON use it.</param>
/// <param name="Title">What a person reads (<c>standard 2.1 key questions</c>).</param>
public sealed record DiffSection(string Key, string Title);

/// <summary>
/// One comparable piece of a section. A keyed item (a rating, a key-question figure, a cover field) is matched by
/// <see cref="Key"/>; an unkeyed one (a paragraph, a bullet, a recommendation) by its text, so that it can be found moved.
/// </summary>
/// <param name="Kind">What it is (<see cref="ChangeKinds"/>).</param>
/// <param name="Key">The name it is matched by, or null to match by <see cref="Text"/>.</param>
/// <param name="Text">Its words (a figure is its printed value: <c>73%</c>).</param>
/// <param name="Locator">The words printed nearby that find its page (a key question's wording), or null: <see cref="Text"/>.</param>
public sealed record DiffItem(string Kind, string? Key, string Text, string? Locator = null)
{
    public string LocatorText => Locator ?? Text;

    /// <summary>What a keyed item is called when printed (<c>question 1</c>); null: its key.</summary>
    public string? Label { get; init; }
}

/// <summary>A section and its items in reading order.</summary>
public sealed record SectionContent(DiffSection Section, IReadOnlyList<DiffItem> Items);

/// <summary>The names of the kinds of change, as printed and as written in the JSON (stable).</summary>
public static class ChangeKinds
{
    public const string Template = "template";
    public const string Theme = "theme";
    public const string CoverField = "cover field";
    public const string Rating = "rating";
    public const string Score = "score";
    public const string Standard = "standard";
    public const string KeyQuestion = "key-question figure";
    public const string Paragraph = "paragraph";
    public const string Bullet = "bullet";
    public const string Heading = "heading";
    public const string Footnote = "footnote";
    public const string Recommendation = "recommendation";
    public const string RecommendationCount = "recommendation count";
    public const string SurveyFigure = "survey figure";
    public const string Quote = "quote";
    public const string Pages = "pages";
}
