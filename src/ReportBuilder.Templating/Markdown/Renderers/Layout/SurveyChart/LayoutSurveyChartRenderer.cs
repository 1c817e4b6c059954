using System.Globalization;
using ReportBuilder.Dialect.Features.SurveyChart;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;
using ReportBuilder.Templating.Markdown.Renderers.Layout;
using ReportBuilder.Templating.Theming;

namespace ReportBuilder.Templating.Markdown.Renderers.Layout.SurveyChart;

/// <summary>
/// The survey's score distribution as a column chart across the text width: a numbered caption in the set's words, a
/// value axis with gridlines and labelled ticks, a column for every score from 0 to 10 (those nobody gave included)
/// with its count above it. The caption is a Caption, the chart a Figure whose alternative text gives every number;
/// both sit in one Div and are kept on one page.
/// </summary>
public sealed class LayoutSurveyChartRenderer : LayoutObjectRenderer<SurveyChartBlock>
{
    private const double CaptionGap = 4;

    protected override void Write(LayoutRenderer renderer, SurveyChartBlock block)
    {
        var survey = renderer.Environment.Survey;
        if (survey is null) return; // reported by MarkdownChecks
        var theme = renderer.Theme;
        var wording = theme.Chart.Wording(renderer.Environment.Strings);
        var caption = wording.Numbered(renderer.Environment.NextFigureNumber());
        var counts = SurveyScores.Counts(survey);
        var width = theme.Page.Size.Width - theme.Page.MarginLeft - theme.Page.MarginRight;
        var alternateText = $"{caption}. {SurveyScores.Describe(counts)}";

        // The space below matches a paragraph's, so the text after the chart sits as it would after a paragraph.
        renderer.Item().PaddingTop(CaptionGap).PaddingBottom(theme.Text.ParagraphSpacing).ShowEntire().Structure(StructureRole.Division).Column(figure =>
        {
            figure.Item().PaddingBottom(CaptionGap).Paragraph(p =>
            {
                p.Role(StructureRole.Caption).Style(new TextStyle { FontSize = theme.Tables.Size, Bold = true, Color = theme.Text.Colour });
                p.Span(caption);
            });
            figure.Item().Drawing(width, theme.Chart.Height, alternateText, d => Draw(d, width, theme.Chart.Height, counts, wording, theme));
        });
    }

    /// <summary>The plot in the drawing's own points: the value axis's title above its tick labels, the score axis's beside its labels.</summary>
    private static void Draw(DrawingDescriptor d, double width, double height, int[] counts, SurveyChartWording wording, Theme theme)
    {
        var c = theme.Chart;
        var size = c.LabelSize;
        var text = new TextStyle { FontSize = size, Color = theme.Text.Colour };
        var muted = new TextStyle { FontSize = size, Color = c.AxisColour };
        var left = size * 3.4;                  // room for the tick labels and, below them, the score axis's title
        var top = size * 2.2;                   // the value axis's title and the count over the tallest column
        var bottom = height - size * 1.7;       // the score labels under the axis
        // Gridlines no closer than two label heights, so the tick labels never crowd each other.
        var (step, highest) = SurveyScores.Ticks(counts, (int)((bottom - top) / (size * 2)));
        double Y(double value) => bottom - (bottom - top) * value / highest;

        d.Text(new Point(0, size), wording.ValueAxis, muted);
        for (var tick = 0; tick <= highest; tick += step)
        {
            var y = Y(tick);
            if (tick > 0) d.Line(new Point(left, y), new Point(width, y), new Stroke(c.GridColour, 0.5));
            d.Text(new Point(left - size * 0.6, y + size * 0.35), Number(tick), muted, TextAnchor.End);
        }

        var band = (width - left) / counts.Length;
        var bar = band * 0.62;
        for (var score = 0; score < counts.Length; score++)
        {
            var middle = left + band * (score + 0.5);
            if (counts[score] > 0)
            {
                var y = Y(counts[score]);
                d.Rectangle(new Rect(middle - bar / 2, y, bar, bottom - y), new Paint(c.BarColour));
                d.Text(new Point(middle, y - size * 0.4), Number(counts[score]), text with { Bold = true }, TextAnchor.Middle);
            }
            d.Text(new Point(middle, bottom + size * 1.3), Number(score), text, TextAnchor.Middle);
        }
        // The axis last, over the columns' feet.
        d.Line(new Point(left, bottom), new Point(width, bottom), new Stroke(c.AxisColour, 0.75));
        d.Text(new Point(0, bottom + size * 1.3), wording.ScoreAxis, muted);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
