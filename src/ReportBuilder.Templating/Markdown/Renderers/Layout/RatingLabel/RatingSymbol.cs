using ReportBuilder.Layout.Fluent;
using ReportBuilder.Templating.Theming;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.RatingLabel;

/// <summary>
/// The symbol beside a rating's word, so the rating never rests on colour alone: a vector shape of one weight for the
/// shipped names (star, circle, triangle, square), else the theme's glyph from its symbol family. Always an artifact:
/// the word says it.
/// </summary>
public static class RatingSymbol
{
    public static SpanDescriptor Add(ParagraphDescriptor paragraph, RatingStyle rating, Theme theme) =>
        rating.Shape is { } shape
            ? paragraph.Symbol(shape)
            : paragraph.Span("\u00A0" + rating.Symbol).FontFamily(theme.Text.SymbolFamily).Artifact();
}
