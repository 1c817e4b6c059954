using Markdig.Syntax;
using ReportBuilder.Dialect.Features.Sections;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;
using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.Sections;

/// <summary>
/// The inside cover (small type in two columns, split at its middle heading) and the contents (one linked line per
/// heading with its page number). The cover is set by <see cref="LayoutDocumentComposer"/> as a section of its own.
/// </summary>
public sealed class LayoutSectionRenderer : LayoutObjectRenderer<SectionBlock>
{
    protected override void Write(LayoutRenderer renderer, SectionBlock block)
    {
        switch (block.Kind)
        {
            case SectionKind.Contents:
                WriteContents(renderer);
                break;
            case SectionKind.InsideCover:
                WriteInsideCover(renderer, block);
                break;
            default:
                renderer.WriteChildren(block);
                break;
        }
    }

    private static void WriteContents(LayoutRenderer renderer)
    {
        var text = renderer.Theme.Text;
        renderer.Item().PaddingBottom(18).Structure(StructureRole.TableOfContents).Column(column =>
        {
            foreach (var entry in renderer.Environment.Contents)
            {
                // TOCI › Reference › Link holding the title's text, then the page number as the TOCI's P. A TOCI may hold
                // only Lbl, Reference, NonStruct, P and TOC (ISO 32000-1 Table 333, Matterhorn 09-006), and a Link is
                // inline, so the title is no P of its own. The number stays a block of its own so that it is not read
                // as part of the title ("Foreword3").
                var style = new TextStyle { FontSize = text.Size - 0.5, Color = text.Colour, Bold = entry.Level == 1 };
                var top = entry.Level == 1 ? 4.0 : 0.5;
                column.Item().PaddingTop(top).Structure(StructureRole.TableOfContentsItem).Row(row =>
                {
                    row.ConstantItem(entry.Level == 1 ? 0 : 16).Spacer(0);
                    // Dot leaders from the title to the number, which takes only its own width so that they meet it.
                    row.RelativeItem().Structure(StructureRole.Reference).Link(entry.Anchor, entry.Title).DotLeaders().Paragraph(p =>
                    {
                        p.Role(null).Style(style).LineHeight(1.25);
                        p.Span(entry.Title);
                    });
                    row.AutoItem().Paragraph(p =>
                    {
                        p.AlignRight().Style(style).LineHeight(1.25);
                        p.PageNumberOf(entry.Anchor);
                    });
                });
            }
        });
    }

    private static void WriteInsideCover(LayoutRenderer renderer, SectionBlock block)
    {
        var blocks = block.ToList();
        var headings = blocks.Select((b, i) => (b, i)).Where(x => x.b is HeadingBlock).Select(x => x.i).ToList();
        var split = headings.Count >= 2 ? headings[(headings.Count + 1) / 2] : blocks.Count;
        var size = Math.Max(7, renderer.Theme.Text.Size - 3);
        renderer.Item().PaddingTop(12).Rule(0.75, renderer.Theme.Tables.BorderColour);
        renderer.Item().PaddingTop(10).Row(row =>
        {
            row.Spacing(24);
            renderer.WithTextSize(size, () =>
            {
                row.RelativeItem().Column(column => renderer.WriteInto(column, blocks.Take(split)));
                row.RelativeItem().Column(column => renderer.WriteInto(column, blocks.Skip(split)));
            });
        });
    }
}
