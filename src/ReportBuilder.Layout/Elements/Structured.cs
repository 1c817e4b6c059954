using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>Gives the child a structure role (Section, Figure, TOCI…), kept open across pages.</summary>
internal sealed class Structured : ContainerElement
{
    private bool open;
    public required StructureElement Structure { get; init; }

    public override void ResetState() => open = false;
    public override string Describe() => $"{Structure.Role} > {Child.Describe()}";

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var plan = Child.Measure(context, available);
        if (!plan.Draws) return;
        context.OpenStructure(ref open, Structure);
        Child.Draw(context, origin, available);
        context.CloseStructure(ref open, plan.IsFull);
    }
}
