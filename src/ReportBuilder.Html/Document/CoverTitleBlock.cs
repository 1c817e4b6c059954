using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportBuilder.Dialect.Features.Sections;

namespace ReportBuilder.Html.Document;

/// <summary>
/// The cover's blocks as the PDF's cover places them, named for the style sheet: a paragraph of images only is the
/// logo (<c>cover__logo</c>), paragraphs before the title the lead (<c>cover__lead</c>), paragraphs after it the
/// byline (<c>cover__byline</c>). The text is Markdig's, escaped as every block is; only classes are added.
/// </summary>
internal static class CoverTitleBlock
{
    public static IEnumerable<Block> Mark(SectionBlock cover)
    {
        var afterTitle = false;
        foreach (var block in cover)
        {
            switch (block)
            {
                case HeadingBlock:
                    afterTitle = true;
                    break;
                case ParagraphBlock paragraph:
                    paragraph.GetAttributes().AddClass(CoverLogo.Is(paragraph) ? "cover__logo" : afterTitle ? "cover__byline" : "cover__lead");
                    break;
            }
            yield return block;
        }
    }
}
