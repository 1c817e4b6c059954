using ReportBuilder.Dialect.Features.SurveyQuotes;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.SurveyQuotes;

/// <summary>Each quote of the group as a quotation, between the theme's quotation marks.</summary>
public sealed class LayoutSurveyQuotesRenderer : LayoutObjectRenderer<SurveyQuotesBlock>
{
    protected override void Write(LayoutRenderer renderer, SurveyQuotesBlock block)
    {
        var group = renderer.Environment.Survey?.Group(block.GroupName);
        if (group is null) return; // reported by MarkdownChecks
        var q = renderer.Theme.Quotes;
        foreach (var quote in group.Quotes)
            QuoteBlockRenderer.Quotation(renderer, renderer.Item(), column =>
                column.Item().Paragraph(p =>
                {
                    renderer.BodyText(p, 0);
                    renderer.WithParagraph(p, () => renderer.Span(q.Open + Dialect.Features.Quotes.TypographicQuotes.Curl(quote) + q.Close));
                }));
    }
}
