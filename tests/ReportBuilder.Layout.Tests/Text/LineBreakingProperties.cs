using CsCheck;
using ReportBuilder.Layout.Elements;
using ReportBuilder.Layout.Tests.TestEngine;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Tests.Text;

/// <summary>Properties of line breaking over generated text: nothing lost, nothing too wide.</summary>
public class LineBreakingProperties
{
    private static readonly Gen<string> Word = Gen.OneOf("the", "partnership", "inspection", "well-being", "and/or", "12\u00A0May",
        "in\u00ADcom\u00ADpre\u00ADhen\u00ADsi\u00ADble", "2019–2023", "★", "Outstanding", new string('m', 40), "a");

    private static readonly Gen<(string Text, double Width)> Case =
        Gen.Select(Word.Array[1, 40].Select(w => string.Join(" ", w)), Gen.Double[40, 400]);

    [Fact]
    public void Lines_KeepEveryCharacter_AndFitTheWidth()
    {
        var context = UnitEngine.Context();
        Case.Sample(c =>
        {
            var paragraph = new Paragraph();
            paragraph.Inlines.Add(new TextInline(c.Text));
            var layout = paragraph.GetLayout(context, c.Width);
            string joined = "";
            foreach (var line in layout.Lines)
            {
                // A line may only overflow when it holds a single character that is wider than the line.
                bool oneChar = line.End - line.Start == 1 && layout.Atoms[line.Start].Length <= 1;
                if (!oneChar && line.Width > c.Width + 1e-6) return false;
                for (int i = line.Start; i < line.End; i++) joined += layout.Text.TextOf(layout.Atoms[i]) + layout.Text.SpacesOf(layout.Atoms[i]);
            }
            string expected = c.Text.Replace("\u00AD", "").Replace(" ", "");
            return joined.Replace(" ", "") == expected;
        }, iter: 300);
    }
}
