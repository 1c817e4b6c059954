using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Extensions.RatingBox;

public sealed class LayoutRatingBoxRenderer : LayoutObjectRenderer<RatingBoxBlock>
{
    protected override void Write(LayoutRenderer renderer, RatingBoxBlock obj) => renderer.WriteChildren(obj);
}
