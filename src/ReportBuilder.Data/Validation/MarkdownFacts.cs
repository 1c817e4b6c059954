using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Dialect;
using SourceSpan = ReportBuilder.Core.Diagnostics.SourceSpan;
using MarkdownDocument = Markdig.Syntax.MarkdownDocument;

namespace ReportBuilder.Data.Validation;

/// <summary>A heading of a Markdown file, its text without the <c>#</c> marks.</summary>
internal sealed record HeadingFact(int Level, string Text, SourceSpan Span, int Index);

/// <summary>A top-level list, with the heading it stands under (null when none comes before it).</summary>
internal sealed record ListFact(bool Ordered, int Items, SourceSpan Span, HeadingFact? Heading, ListBlock Block);

/// <summary>A <c>:::name arguments</c> container.</summary>
internal sealed record ContainerFact(string Name, string Arguments, SourceSpan Span);

/// <summary>
/// What validation needs to know about one Markdown file, parsed once with the report's own dialect
/// (<see cref="ReportMarkdownPipeline.Default"/>, the pipeline both editions parse with), so the rules see the nodes the
/// editions render: a <c>:::survey-chart</c> is the dialect's <c>SurveyChartBlock</c> here as there. Parsed here to check
/// the text only; the editions parse the source text again themselves.
/// </summary>
internal sealed partial class MarkdownFacts
{
    public required MarkdownSource Source { get; init; }
    public required MarkdownDocument Document { get; init; }
    public required IReadOnlyList<HeadingFact> Headings { get; init; }
    public required IReadOnlyList<ListFact> Lists { get; init; }
    public required IReadOnlyList<ContainerFact> Containers { get; init; }
    public required IReadOnlyList<SourceSpan> EmptyListItems { get; init; }

    public SourceSpan SpanOf(Block block) => new(Source.File, Source.FileLine(block.Line + 1), block.Column + 1);

    /// <summary>Where <see cref="Document"/> came from, for the rules of the dialect (<c>ReportBuilder.Dialect</c>).</summary>
    public MarkdownOrigin Origin => new(Source.File, Source.LineOffset);

    public SourceSpan SpanOf(MarkdownObject node) => node is Block block ? SpanOf(block) : new(Source.File, Source.FileLine(node.Line + 1), node.Column + 1);

    public SourceSpan SpanOf(Markdig.Syntax.Inlines.Inline inline) => new(Source.File, Source.FileLine(inline.Line + 1), inline.Column + 1);

    /// <summary>
    /// The deepest nesting of blocks and inlines the editions render. Markdig parses 500 nested <c>*</c> but its
    /// renderers then throw on their own depth limit; refusing it here makes <c>check</c> and <c>build</c> agree.
    /// </summary>
    public const int MaxNesting = 110;

    /// <exception cref="ArgumentException">The text is nested past Markdig's or <see cref="MaxNesting"/> depth ("depth limit").</exception>
    public static MarkdownFacts Parse(MarkdownSource source)
    {
        var document = Markdown.Parse(source.Text, ReportMarkdownPipeline.Default);
        if (NestingOf(document) > MaxNesting)
            throw new ArgumentException($"Markdown nested more than {MaxNesting} deep: depth limit exceeded");
        var lines = source.Text.Split('\n');
        var headings = new List<HeadingFact>();
        var lists = new List<ListFact>();
        var containers = new List<ContainerFact>();
        var emptyItems = new List<SourceSpan>();
        SourceSpan Span(int line0, int column0) => new(source.File, source.FileLine(line0 + 1), column0 + 1);

        HeadingFact? current = null;
        var index = 0;
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock h:
                    current = new HeadingFact(h.Level, HeadingText(lines, h), Span(h.Line, h.Column), index++);
                    headings.Add(current);
                    break;
                case ListBlock list:
                    lists.Add(new ListFact(list.IsOrdered, list.Count, Span(list.Line, list.Column), current, list));
                    break;
            }
        }
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case CustomContainer c:
                    containers.Add(new ContainerFact(c.Info ?? "", c.Arguments?.Trim() ?? "", Span(c.Line, c.Column)));
                    break;
                case ListItemBlock item when item.Count == 0:
                    emptyItems.Add(Span(item.Line, item.Column));
                    break;
            }
        }

        return new MarkdownFacts
        {
            Source = source,
            Document = document,
            Headings = headings,
            Lists = lists,
            Containers = containers,
            EmptyListItems = emptyItems,
        };
    }

    /// <summary>The depth of the deepest node (blocks and inlines alike), walked without recursion.</summary>
    private static int NestingOf(MarkdownDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(MarkdownObject Node, int Depth)>([(document, 0)]);
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            if (node is ContainerBlock container) foreach (var child in container) pending.Push((child, depth + 1));
            else if (node is LeafBlock { Inline: { } inline }) pending.Push((inline, depth + 1));
            else if (node is Markdig.Syntax.Inlines.ContainerInline inlines) foreach (var child in inlines) pending.Push((child, depth + 1));
        }
        return deepest;
    }

    private static string HeadingText(string[] lines, HeadingBlock heading)
    {
        if (heading.Line >= lines.Length) return "";
        var line = lines[heading.Line];
        if (!heading.IsSetext) return AtxHeading().Match(line) is { Success: true } m ? m.Groups[1].Value.Trim() : line.Trim();
        return line.Trim();
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s*(.*?)\s*#*\s*$")]
    private static partial Regex AtxHeading();
}
