using System.Globalization;
using System.Text;
using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Html.Ratings;

/// <summary>
/// A rating printed as its word with a symbol beside it, so that the rating never rests on colour alone
/// (WCAG 1.4.1). The symbol is an inline SVG hidden from assistive technology: the word carries the meaning,
/// and inline drawing needs no symbol font in the reader's browser.
/// </summary>
public static class RatingBadge
{
    /// <summary>The CSS modifier of a rating: <c>outstanding</c>, <c>good</c>, <c>requires-improvement</c>, <c>inadequate</c>.</summary>
    public static string CssName(Rating rating) => RatingKeys.Key(rating);

    /// <summary>The badge: <c>&lt;span class="rating rating--good"&gt;&lt;svg…/&gt;Good&lt;/span&gt;</c>.</summary>
    /// <param name="rating">The rating to show.</param>
    /// <param name="text">The words to print; by default the rating's display name. Escaped here.</param>
    public static string Html(Rating rating, string? text = null)
    {
        var builder = new StringBuilder();
        builder.Append("<span class=\"rating rating--").Append(CssName(rating)).Append("\">");
        builder.Append(Icon(rating));
        builder.Append(HtmlText.Escape(text ?? rating.Display()));
        builder.Append("</span>");
        return builder.ToString();
    }

    /// <summary>The symbol alone (16 × 16, drawn in the text colour): the PDF's filled star, circle, triangle and square, one weight.</summary>
    public static string Icon(Rating rating)
    {
        var shape = rating switch
        {
            Rating.Outstanding => $"<polygon points=\"{StarPoints()}\" fill=\"currentColor\"/>",
            Rating.Good => "<circle cx=\"8\" cy=\"8.5\" r=\"5.5\" fill=\"currentColor\"/>",
            Rating.RequiresImprovement => "<polygon points=\"8,2.5 14,14 2,14\" fill=\"currentColor\"/>",
            Rating.Inadequate => "<rect x=\"3\" y=\"3.5\" width=\"10\" height=\"10\" fill=\"currentColor\"/>",
            _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
        };
        return "<svg class=\"rating__icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">" + shape + "</svg>";
    }

    /// <summary>A five-pointed star centred in the 16-unit box, its points rounded to 0.01 so the bytes never vary.</summary>
    private static string StarPoints()
    {
        var points = new List<string>(10);
        for (var i = 0; i < 10; i++)
        {
            var radius = i % 2 == 0 ? 7.5 : 3.2;
            var angle = -Math.PI / 2 + i * Math.PI / 5;
            var x = 8 + radius * Math.Cos(angle);
            var y = 8.6 + radius * Math.Sin(angle);
            points.Add(string.Create(CultureInfo.InvariantCulture, $"{x:0.##},{y:0.##}"));
        }
        return string.Join(' ', points);
    }
}
