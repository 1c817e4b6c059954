using Markdig.Syntax;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;
using ReportBuilder.Dialect.Features.Sections;
using ReportBuilder.Templating.Theming;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout;

/// <summary>
/// The cover, a section of its own with no running head or page number, laid out as the inspectorate's covers are:
/// the logo slot at the top of a white page, then a band of the theme's colour across the full width of the page
/// holding the title block (the lead line, the place as the document's H1, the inspectorate and month), and a narrow
/// strip of the same colour along the foot.
/// </summary>
/// <remarks>
/// <para>The blocks of <c>:::cover</c> take their places by kind, so a template set words its cover freely: a
/// paragraph holding only images goes into the logo slot; paragraphs before the heading are the lead, the heading
/// is the title, paragraphs after it the byline.</para>
/// <para>The band's colour is decoration (an artifact, as every box background is); the logo slot keeps its
/// height when empty, so adding a logo moves nothing else.</para>
/// </remarks>
internal static class CoverPage
{
    /// <summary>Space inside the band above the lead and below the byline.</summary>
    private const double BandPaddingTop = 44;
    private const double BandPaddingBottom = 40;
    private const double FootStrip = 18;

    /// <summary>
    /// The longest title set at the display size: about three lines of it. The engine does not shrink type to fit, so
    /// a longer one is set at the lead's size, which the band holds to some 600 characters instead of 150.
    /// </summary>
    internal const int LongTitle = 54;

    public static void Compose(SectionDescriptor section, LayoutRenderer renderer, SectionBlock cover, Theme theme, DraftMarks? draft)
    {
        var page = theme.Page;
        // No side margins: the band runs to the page's edges; the text keeps the body's margins by padding.
        section.Size(page.Size).Margin(0, page.MarginTop, 0, page.MarginBottom);
        draft?.AddWatermark(section, page.Size);
        // A narrow strip of the band's colour along the page's foot closes the page (decoration: the background layer).
        section.Background().Column(layer =>
        {
            layer.Item().Spacer(page.Size.Height - FootStrip);
            layer.Item().Background(theme.Cover.Background).Spacer(FootStrip);
        });
        section.Content().Column(column =>
        {
            var logo = cover.Where(CoverLogo.Is).ToList();
            // The slot has the theme's height whatever the image's size: a logo is scaled down into it, so the band
            // below never moves.
            column.Item().Padding(page.MarginLeft, 0, page.MarginRight, 0).MinHeight(theme.Cover.LogoHeight)
                .Column(slot =>
                {
                    foreach (var block in logo)
                        if (block is ParagraphBlock paragraph && Images.LayoutImageRenderer.Places(paragraph))
                            renderer.Images.Write(slot.Item(), paragraph, 0, theme.Cover.LogoHeight);
                        else renderer.WriteInto(slot, [block]);
                });
            var gap = theme.Cover.Top - page.MarginTop - theme.Cover.LogoHeight;
            if (gap > 0) column.Item().Spacer(gap);
            column.Item().Background(theme.Cover.Background).MinHeight(theme.Cover.BandHeight)
                .Padding(page.MarginLeft, BandPaddingTop, page.MarginRight, BandPaddingBottom)
                .Column(band => WriteTitleBlock(renderer, band, cover.Where(b => !logo.Contains(b)), theme.Cover));
        });
    }

    private static void WriteTitleBlock(LayoutRenderer renderer, ColumnDescriptor column, IEnumerable<Block> blocks, CoverTheme c)
    {
        var afterTitle = false;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    // The document's one cover heading: H1, out of the bookmarks (the cover is the document itself).
                    var titleSize = PlainText.Of(heading).Length > LongTitle ? Math.Min(c.TitleSize, c.LeadSize) : c.TitleSize;
                    column.Item().Heading(1, p =>
                    {
                        p.Style(new TextStyle { FontSize = titleSize, Bold = true, Color = c.Colour }).LineHeight(1.1);
                        renderer.WriteInlines(p, heading);
                    }, renderer.Environment.TakeAnchor(heading)).SpaceBefore(6).SpaceAfter(22).NotBookmarked();
                    afterTitle = true;
                    break;
                case ParagraphBlock paragraph:
                    var size = afterTitle ? c.BylineSize : c.LeadSize;
                    column.Item().Paragraph(p =>
                    {
                        p.Style(new TextStyle { FontSize = size, Color = c.Colour }).LineHeight(1.25);
                        renderer.WriteInlines(p, paragraph);
                    });
                    break;
            }
        }
    }
}
