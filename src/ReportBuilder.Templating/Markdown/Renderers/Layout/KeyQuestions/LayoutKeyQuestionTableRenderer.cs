using ReportBuilder.Dialect.Features.KeyQuestions;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.KeyQuestions;

/// <summary>Sets the table inside as a key-question table: a short table, kept on one page.</summary>
public sealed class LayoutKeyQuestionTableRenderer : LayoutObjectRenderer<KeyQuestionTableBlock>
{
    protected override void Write(LayoutRenderer renderer, KeyQuestionTableBlock block) =>
        renderer.WithTableLook(TableLook.KeyQuestions, () =>
            renderer.Item().ShowEntire().Column(column => renderer.WriteInto(column, block)));
}
