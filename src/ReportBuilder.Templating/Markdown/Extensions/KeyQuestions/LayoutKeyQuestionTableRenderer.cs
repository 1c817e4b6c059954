using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Extensions.KeyQuestions;

public sealed class LayoutKeyQuestionTableRenderer : LayoutObjectRenderer<KeyQuestionTableBlock>
{
    protected override void Write(LayoutRenderer renderer, KeyQuestionTableBlock obj) => renderer.WriteChildren(obj);
}
