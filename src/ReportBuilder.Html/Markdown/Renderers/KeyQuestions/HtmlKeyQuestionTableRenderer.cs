using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using ReportBuilder.Dialect.Features.KeyQuestions;

namespace ReportBuilder.Html.Markdown.Renderers.KeyQuestions;

/// <summary>
/// A standard's key questions and their % 'Yes' (<c>:::key-questions</c>): each question is the header of its row,
/// the figures are right-aligned, and the caption names the standard, which the PDF shows by the heading above.
/// </summary>
public sealed class HtmlKeyQuestionTableRenderer : HtmlObjectRenderer<KeyQuestionTableBlock>
{
    protected override void Write(HtmlRenderer renderer, KeyQuestionTableBlock block)
    {
        foreach (var child in block)
        {
            if (child is not Table table)
            {
                renderer.Write(child);
                continue;
            }
            var standard = BlockContext.PrecedingHeadingText(block);
            var caption = "<span data-edition=\"html\">" + HtmlText.Escape(standard is null ? "Key questions" : $"Key questions: {standard}") + "</span>";
            TableWriter.Write(renderer, table, "key-questions", caption, rowHeaderColumn: 0,
                column => column == 0 ? "Key question" : null);
        }
    }
}
