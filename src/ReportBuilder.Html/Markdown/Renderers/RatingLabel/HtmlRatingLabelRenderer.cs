using Markdig.Renderers;
using Markdig.Renderers.Html;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Html.Ratings;
using ReportBuilder.Dialect.Features.RatingLabel;

namespace ReportBuilder.Html.Markdown.Renderers.RatingLabel;

/// <summary>A rating word in the text (<c>::Good::{.rating .rating-good}</c>): the word with its symbol, in the rating's colours.</summary>
/// <remarks>The words are the template's, rendered as inline Markdown; an unknown key keeps the words without a symbol.</remarks>
public sealed class HtmlRatingLabelRenderer : HtmlObjectRenderer<RatingLabelInline>
{
    protected override void Write(HtmlRenderer renderer, RatingLabelInline label)
    {
        if (!RatingKeys.TryParse(label.RatingKey, out var rating))
        {
            renderer.Write("<span class=\"rating\">");
            renderer.WriteChildren(label);
            renderer.Write("</span>");
            return;
        }
        renderer.Write("<span class=\"rating rating--").Write(RatingBadge.CssName(rating)).Write("\">");
        renderer.Write(RatingBadge.Icon(rating));
        renderer.WriteChildren(label);
        renderer.Write("</span>");
    }
}
