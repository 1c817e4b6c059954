using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Extensions.RatingLabel;

public sealed class LayoutRatingLabelRenderer : LayoutObjectRenderer<RatingLabelInline>
{
    protected override void Write(LayoutRenderer renderer, RatingLabelInline obj) => renderer.WriteChildren(obj);
}
