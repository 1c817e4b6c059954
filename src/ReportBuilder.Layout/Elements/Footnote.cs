using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Elements;

/// <summary>A footnote: its number (given in document order while composing) and its text, set at the foot of the page.</summary>
internal sealed class Footnote
{
    public Footnote(int number, Paragraph content)
    {
        Number = number;
        Content = content;
    }

    public int Number { get; }
    public string Id => "footnote-" + Number;
    public Paragraph Content { get; }
    /// <summary>The Note element, and the one of a continuation, made once.</summary>
    public StructureElement Structure => structure ??= new StructureElement(StructureRole.Note) { Id = Id };
    public StructureElement ContinuedStructure => continued ??= new StructureElement(StructureRole.Note) { Id = Id + "-continued" };
    /// <summary>The Reference element around the number in the text.</summary>
    public StructureElement ReferenceStructure => reference ??= new StructureElement(StructureRole.Reference);
    private StructureElement? structure, continued, reference;

    /// <summary>The note's lines as pagination reads them (heights side by side; see <see cref="ParagraphLayout.Boxes"/>).</summary>
    public LineBox[] Lines(LayoutContext context) => Content.GetLayout(context, context.BodyWidth).Boxes;

    public double Height(LayoutContext context, int from, int count)
    {
        var lines = Lines(context);
        double h = 0;
        for (int i = from; i < Math.Min(lines.Length, from + count); i++) h += lines[i].Height;
        return h;
    }
}
