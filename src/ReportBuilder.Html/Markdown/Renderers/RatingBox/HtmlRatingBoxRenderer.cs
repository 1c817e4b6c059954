using Markdig.Renderers;
using Markdig.Renderers.Html;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Html.Ratings;
using ReportBuilder.Dialect.Features.RatingBox;

namespace ReportBuilder.Html.Markdown.Renderers.RatingBox;

/// <summary>
/// A standard's statement with its rating (<c>:::rating-box good</c>): the statement, then the rating word with its
/// symbol, in a shaded panel. The PDF prints the same two things side by side; the order here is the reading order.
/// </summary>
public sealed class HtmlRatingBoxRenderer : HtmlObjectRenderer<RatingBoxBlock>
{
    protected override void Write(HtmlRenderer renderer, RatingBoxBlock box)
    {
        var known = RatingKeys.TryParse(box.RatingKey, out var rating);
        renderer.EnsureLine();
        // The container's name is already its class (rating-box); the rating adds a modifier.
        var attributes = box.GetAttributes();
        attributes.AddClass("rating-box");
        if (known) attributes.AddClass("rating-box--" + RatingBadge.CssName(rating));
        renderer.Write("<div").WriteAttributes(box).WriteLine(">");
        renderer.WriteChildren(box);
        if (known)
        {
            renderer.EnsureLine();
            renderer.Write("<p class=\"rating-box__rating\">").Write(RatingBadge.Html(rating)).WriteLine("</p>");
        }
        renderer.WriteLine("</div>");
    }
}
