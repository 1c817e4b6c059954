using ReportBuilder.Dialect.Features.RatingLabel;
using ReportBuilder.Templating.Markdown.Renderers.Layout;
using ReportBuilder.Templating.Scriban.Model;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.RatingLabel;

/// <summary>A rating word in its colour, bold, followed by its symbol (so meaning never rests on colour alone).</summary>
public sealed class LayoutRatingLabelRenderer : LayoutObjectRenderer<RatingLabelInline>
{
    protected override void Write(LayoutRenderer renderer, RatingLabelInline label)
    {
        if (ReportModel.FromKey(label.RatingKey) is not { } rating)
        {
            renderer.WriteChildren(label);
            return;
        }
        var style = renderer.Theme.Rating(rating);
        renderer.PushStyle(s => s with { Bold = true, Colour = style.Colour });
        renderer.WriteChildren(label);
        renderer.RatingSymbol(style);
        renderer.PopStyle();
    }
}
