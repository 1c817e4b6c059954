using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Extensions.SurveyChart;

public sealed class LayoutSurveyChartRenderer : LayoutObjectRenderer<SurveyChartBlock>
{
    protected override void Write(LayoutRenderer renderer, SurveyChartBlock obj) => renderer.WriteChildren(obj);
}
