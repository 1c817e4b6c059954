using Markdig.Renderers;
using Markdig.Renderers.Html;
using ReportBuilder.Core.Model;
using ReportBuilder.Dialect.Features.SurveyQuotes;

namespace ReportBuilder.Html.Markdown.Renderers.SurveyQuotes;

/// <summary>
/// <c>:::survey-quotes positive</c>: each quote of the group as a block quotation, in double quotation marks as the
/// PDF edition prints them (the data stores the words without them).
/// </summary>
public sealed class HtmlSurveyQuotesRenderer(Survey? survey) : HtmlObjectRenderer<SurveyQuotesBlock>
{
    protected override void Write(HtmlRenderer renderer, SurveyQuotesBlock block)
    {
        var group = survey?.Group(block.GroupName);
        if (group is null) return;
        renderer.EnsureLine();
        foreach (var quote in group.Quotes)
        {
            renderer.Write("<blockquote class=\"survey-quote\"><p>“").WriteEscape(Dialect.Features.Quotes.TypographicQuotes.Curl(quote)).WriteLine("”</p></blockquote>");
        }
    }
}
