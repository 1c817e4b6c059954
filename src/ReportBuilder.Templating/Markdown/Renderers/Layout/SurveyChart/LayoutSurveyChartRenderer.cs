using System.Globalization;
using ReportBuilder.Dialect.Features.SurveyChart;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;
using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.SurveyChart;

/// <summary>
/// The survey's score distribution as a vertical bar chart drawn with rectangles (vector), one bar per score from
/// 0 to 10 with its count above it, tagged as a Figure whose alternative text gives every number.
/// </summary>
public sealed class LayoutSurveyChartRenderer : LayoutObjectRenderer<SurveyChartBlock>
{
    protected override void Write(LayoutRenderer renderer, SurveyChartBlock block)
    {
        var survey = renderer.Environment.Survey;
        if (survey is null) return; // reported by MarkdownChecks
        var c = renderer.Theme.Chart;
        var counts = Enumerable.Range(0, 11).Select(score => survey.Scores.FirstOrDefault(s => s.Score == score)?.Children ?? 0).ToArray();
        var max = Math.Max(1, counts.Max());
        var labelHeight = c.LabelSize * 1.6;
        var barArea = c.Height - 2 * labelHeight;

        renderer.Item().PaddingVertical(6).ShowEntire().Structure(new StructureElement(StructureRole.Figure) { AlternateText = AlternateText(c.Title, counts) })
            .Column(figure =>
            {
                figure.Item().PaddingBottom(6).Paragraph(p =>
                {
                    p.Style(new TextStyle { FontSize = renderer.Theme.Tables.Size, Bold = true, Color = renderer.Theme.Text.Colour });
                    p.Span(c.Title);
                });
                figure.Item().Width(c.Width).Row(row =>
                {
                    // No spacing between columns, so the axis (a rule under each column) reads as one line.
                    for (var score = 0; score <= 10; score++)
                    {
                        var count = counts[score];
                        var bar = barArea * count / max;
                        row.RelativeItem().Column(column =>
                        {
                            column.Item().Spacer(barArea - bar);
                            column.Item().Paragraph(p => Label(p, c, renderer, count == 0 ? "" : count.ToString(CultureInfo.InvariantCulture)));
                            if (bar > 0) column.Item().PaddingHorizontal(3).Background(c.BarColour).Spacer(bar);
                            column.Item().Rule(0.75, c.AxisColour);
                            column.Item().Paragraph(p => Label(p, c, renderer, score.ToString(CultureInfo.InvariantCulture)));
                        });
                    }
                });
                figure.Item().Width(c.Width).Paragraph(p =>
                {
                    p.AlignCenter().Style(new TextStyle { FontSize = c.LabelSize, Color = c.AxisColour });
                    p.Span($"Score out of 10 (bar height: {c.AxisLabel.ToLowerInvariant()})");
                });
            });
    }

    private static void Label(ParagraphDescriptor p, ReportBuilder.Templating.Theming.ChartTheme c, LayoutRenderer renderer, string text)
    {
        p.AlignCenter().Style(new TextStyle { FontSize = c.LabelSize, Color = renderer.Theme.Text.Colour }).LineHeight(1.3);
        p.Span(text.Length == 0 ? "\u00A0" : text);
    }

    /// <summary>"Bar chart: title. Score 10: 5 children; score 9: 4 children; …" (scores nobody gave are left out).</summary>
    public static string AlternateText(string title, IReadOnlyList<int> counts)
    {
        var parts = Enumerable.Range(0, counts.Count).Reverse().Where(s => counts[s] > 0)
            .Select(s => $"score {s}: {counts[s]} {(counts[s] == 1 ? "child" : "children")}");
        return $"Bar chart. {title}. {string.Join("; ", parts)}.";
    }
}
