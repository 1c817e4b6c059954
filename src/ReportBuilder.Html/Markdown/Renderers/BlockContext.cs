using Markdig.Syntax;

namespace ReportBuilder.Html.Markdown.Renderers;

/// <summary>Where a block stands in the document, for renderers that name what they belong to.</summary>
internal static class BlockContext
{
    /// <summary>The words of the nearest heading before <paramref name="block"/> in reading order, or null.</summary>
    public static string? PrecedingHeadingText(Block block)
    {
        for (Block? current = block; current is not null; current = current.Parent)
        {
            var parent = current.Parent;
            if (parent is null) break;
            for (var i = parent.IndexOf(current) - 1; i >= 0; i--)
            {
                var heading = parent[i] as HeadingBlock ?? (parent[i] as ContainerBlock)?.Descendants<HeadingBlock>().LastOrDefault();
                if (heading is not null) return Document.PlainText.Of(heading);
            }
        }
        return null;
    }
}
