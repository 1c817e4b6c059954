namespace ReportBuilder.Layout.Drawing;

/// <summary>What a backend needs to know about the document before its first page.</summary>
/// <remarks>
/// Everything here comes from the input, never from the clock: <see cref="Date"/> is null
/// unless the user asked for a date, and backends then write no date at all (or a fixed one
/// where a format requires it).
/// </remarks>
public sealed record DocumentDescription
{
    public required string Title { get; init; }
    public string? Author { get; init; }
    public string? Subject { get; init; }
    public string? Keywords { get; init; }
    public string? Creator { get; init; }

    /// <summary>Document language, BCP 47 (<c>en-GB</c>).</summary>
    public string Language { get; init; } = "en-GB";

    /// <summary>Creation and modification date, from the input (publication date) or null.</summary>
    public DateTimeOffset? Date { get; init; }

    public int PageCount { get; init; }

    /// <summary>The outline (bookmarks), mirroring the headings.</summary>
    public IReadOnlyList<Bookmark> Bookmarks { get; init; } = [];

    /// <summary>
    /// A stable seed for identifiers a format needs (PDF /ID, XMP instance ids, subset prefixes):
    /// a hash of the content, so that the same input gives the same bytes.
    /// </summary>
    public string? IdentitySeed { get; init; }
}

/// <summary>An outline entry: a title and where it lands (page index from 0, y in points from the top).</summary>
public sealed record Bookmark(string Title, int PageIndex, double Y, IReadOnlyList<Bookmark> Children);

/// <summary>Where a link goes: a resolved place inside the document, or an external URI.</summary>
public sealed record LinkTarget
{
    /// <summary>External address (<c>https:</c>, <c>mailto:</c>) or null.</summary>
    public string? Uri { get; init; }

    /// <summary>Name of the anchor inside the document, or null.</summary>
    public string? AnchorName { get; init; }

    /// <summary>Page index (from 0) of the anchor, resolved by the engine after layout.</summary>
    public int PageIndex { get; init; } = -1;

    /// <summary>Y of the anchor on its page, in points from the top.</summary>
    public double Y { get; init; }

    public static LinkTarget External(string uri) => new() { Uri = uri };
    public static LinkTarget Internal(string anchor, int pageIndex, double y) => new() { AnchorName = anchor, PageIndex = pageIndex, Y = y };
}
