using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportBuilder.Dialect.Features.Sections;

/// <summary>Which block of a <c>:::cover</c> is its logo, one rule for the PDF's cover and the HTML edition's header.</summary>
public static class CoverLogo
{
    /// <summary>A paragraph of images and nothing else but spaces and line breaks.</summary>
    public static bool Is(Block block) =>
        block is ParagraphBlock { Inline: { } inlines }
        && inlines.Any(i => i is LinkInline { IsImage: true })
        && inlines.All(i => i is LinkInline { IsImage: true } or LineBreakInline || i is LiteralInline l && l.Content.IsEmptyOrWhitespace());
}
