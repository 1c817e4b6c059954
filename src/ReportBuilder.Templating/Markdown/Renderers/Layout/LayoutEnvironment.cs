using Markdig.Syntax;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Templating.Theming;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

/// <summary>What the layout renderer needs besides the AST: the theme and the set's strings, the survey the chart draws, the headings the contents lists.</summary>
public sealed class LayoutEnvironment(Theme theme, Survey? survey, DiagnosticBag diagnostics, IReadOnlyDictionary<string, string>? strings = null)
{
    public Theme Theme { get; } = theme;
    public Survey? Survey { get; } = survey;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>The template set's fixed wording (<c>strings.yaml</c>): captions and the like.</summary>
    public IReadOnlyDictionary<string, string> Strings { get; } = strings ?? new Dictionary<string, string>();

    /// <summary>The number of the next figure: figures are numbered in document order, from 1.</summary>
    public int NextFigureNumber() => ++figures;

    private int figures;

    /// <summary>The headings the contents lists, in document order, with the anchor each heading gets.</summary>
    public List<ContentsEntry> Contents { get; } = [];

    /// <summary>The anchor of each heading, assigned before rendering so the contents can link to headings that come after it.</summary>
    public Dictionary<HeadingBlock, Queue<string>> Anchors { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether the heading with <paramref name="anchor"/> is listed by the contents (and so bookmarked).</summary>
    public bool IsListed(string? anchor) => anchor is not null && (listed ??= Contents.Select(c => c.Anchor).ToHashSet(StringComparer.Ordinal)).Contains(anchor);

    private HashSet<string>? listed;

    public string? TakeAnchor(HeadingBlock heading) =>
        Anchors.TryGetValue(heading, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
}

/// <param name="Level">1 for chapters, 2 for standards.</param>
public sealed record ContentsEntry(int Level, string Title, string Anchor);
