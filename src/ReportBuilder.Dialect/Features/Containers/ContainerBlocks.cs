using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportBuilder.Dialect.Features.Containers;

/// <summary>
/// Our block extensions are written as Markdig custom containers (<c>:::rating-box good</c> … <c>:::</c>).
/// After parsing, each extension swaps the containers it owns for its own node type, a subclass of
/// <see cref="CustomContainer"/>: the layout renderers dispatch on that type, while Markdig's HTML
/// renderer still renders it as the <c>&lt;div class="rating-box"&gt;</c> it would have been.
/// </summary>
internal static class ContainerBlocks
{
    /// <summary>Replaces every container whose info is <paramref name="info"/> by the node <paramref name="create"/> makes.</summary>
    public static void Replace<T>(MarkdownDocument document, string info, Func<CustomContainer, T> create) where T : CustomContainer
    {
        foreach (var container in document.Descendants<CustomContainer>().Where(c => c.GetType() == typeof(CustomContainer) && c.Info == info).ToList())
        {
            var node = create(container);
            node.Info = container.Info;
            node.Arguments = container.Arguments;
            node.FencedChar = container.FencedChar;
            node.OpeningFencedCharCount = container.OpeningFencedCharCount;
            node.ClosingFencedCharCount = container.ClosingFencedCharCount;
            node.Line = container.Line;
            node.Column = container.Column;
            node.Span = container.Span;
            if (container.TryGetAttributes() is { } attributes) node.SetAttributes(attributes);
            while (container.Count > 0)
            {
                var child = container[0];
                container.RemoveAt(0);
                node.Add(child);
            }
            var parent = container.Parent!;
            var index = parent.IndexOf(container);
            parent[index] = node;
        }
    }


    /// <summary>The words after the container's name: <c>:::narrative n3 level=3</c> → <c>["n3", "level=3"]</c>.</summary>
    public static string[] Words(CustomContainer container) =>
        (container.Arguments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
