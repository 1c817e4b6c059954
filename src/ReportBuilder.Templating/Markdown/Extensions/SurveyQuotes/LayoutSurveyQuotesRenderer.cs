using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Extensions.SurveyQuotes;

public sealed class LayoutSurveyQuotesRenderer : LayoutObjectRenderer<SurveyQuotesBlock>
{
    protected override void Write(LayoutRenderer renderer, SurveyQuotesBlock obj) => renderer.WriteChildren(obj);
}
