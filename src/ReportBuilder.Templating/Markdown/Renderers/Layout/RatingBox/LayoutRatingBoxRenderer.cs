using ReportBuilder.Dialect.Features.RatingBox;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;
using ReportBuilder.Templating.Markdown.Renderers.Layout;
using ReportBuilder.Templating.Scriban.Model;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.RatingBox;

/// <summary>The statement on the left of a framed box, the rating word and its symbol on the right, in the rating's colour; kept with the next block.</summary>
/// <remarks>The rating takes only its own width, so the statement has the rest of the box (it wrapped in 60% of it before).</remarks>
public sealed class LayoutRatingBoxRenderer : LayoutObjectRenderer<RatingBoxBlock>
{
    protected override void Write(LayoutRenderer renderer, RatingBoxBlock box)
    {
        var b = renderer.Theme.RatingBox;
        var rating = ReportModel.FromKey(box.RatingKey);
        // Kept with what follows, so a standard's heading and box never end a page without its findings.
        renderer.Item().KeepWithNext().PaddingBottom(renderer.Theme.Text.ParagraphSpacing + 4).ShowEntire()
            .Background(b.Background).Border(b.BorderWidth, b.BorderColour).Padding(b.Padding)
            .Row(row =>
            {
                row.Spacing(18);
                row.RelativeItem().Column(column => renderer.WithFreshStyle(() =>
                {
                    renderer.PushStyle(s => s with { Bold = true });
                    renderer.WriteInto(column, box);
                    renderer.PopStyle();
                }));
                if (rating is not { } r) return;
                var style = renderer.Theme.Rating(r);
                row.AutoItem().Paragraph(p =>
                {
                    p.AlignRight().Style(new TextStyle { FontSize = b.RatingSize, Bold = true, Color = style.Colour });
                    p.Span(style.Label);
                    RatingLabel.RatingSymbol.Add(p, style, renderer.Theme);
                });
            });
    }
}
