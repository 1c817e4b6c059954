using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Tests.TestEngine;

/// <summary>A child whose answers are set by the test: a block of fixed height that may split (QuestPDF's mock element).</summary>
internal sealed class MockBlock : Element
{
    private double drawn;
    public double Height { get; init; } = 50;
    public double Width { get; init; } = 100;
    /// <summary>Splits at any height when true; otherwise moves whole to the next page.</summary>
    public bool Splittable { get; init; }
    public bool KeepWithNextFlag { get; init; }
    public List<(Point Origin, double Height)> Draws { get; } = [];

    public override bool KeepsWithNext => KeepWithNextFlag;
    public override void ResetState() => drawn = 0;

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        double left = Height - drawn;
        if (left <= 0) return SpacePlan.Empty;
        if (left <= available.Height) return SpacePlan.Full(Width, left);
        if (Splittable && available.Height > 0) return SpacePlan.Partial(Width, available.Height);
        return SpacePlan.Wrap("mock block does not fit");
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var plan = Measure(context, available);
        if (!plan.Draws) return;
        drawn += plan.Height;
        Draws.Add((origin, plan.Height));
        context.MarkContent();
    }
}

/// <summary>A layout context on a fresh page, for driving one element by hand.</summary>
internal static class UnitEngine
{
    public static LayoutContext Context(bool pageHasContent = true)
    {
        var context = new LayoutContext(TestFonts.Collection, TextStyle.Default, []);
        context.BodyLeft = 0;
        context.BodyWidth = 400;
        context.BodyTop = 0;
        context.BodyBottom = 600;
        context.PageHasContent = pageHasContent;
        context.Epoch++;
        return context;
    }
}
