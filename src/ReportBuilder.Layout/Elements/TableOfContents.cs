using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Elements;

/// <summary>The contents: one entry per heading of the document, with dot leaders, page numbers and links.</summary>
/// <remarks>
/// The entries come from the headings composed (all of them, even those after the contents), so
/// the contents has its final size from the first pass; the page numbers come from the previous
/// pass and the generator repeats passes until they stop changing.
/// </remarks>
internal sealed class TableOfContents : Element
{
    private readonly ComposeState state;
    private Column? column;
    private bool open;

    public TableOfContents(ComposeState state) => this.state = state;

    public int MaxLevel { get; init; } = 3;
    public TextStyle Style { get; init; } = new();
    public double Spacing { get; init; } = 3;

    public override IEnumerable<Element> Children => column is null ? [] : [column];

    public override void ResetState()
    {
        open = false;
        if (column is not null) return;
        column = new Column { Spacing = Spacing };
        foreach (var h in state.Headings.Where(h => h.Level <= MaxLevel))
            column.Items.Add(new TocEntry(h, Style));
    }

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        if (column is null) ResetState();
        return column!.Measure(context, available);
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var plan = Measure(context, available);
        if (!plan.Draws) return;
        context.OpenStructure(ref open, new StructureElement(StructureRole.TableOfContents));
        column!.Draw(context, origin, available);
        context.CloseStructure(ref open, plan.IsFull);
    }
}
