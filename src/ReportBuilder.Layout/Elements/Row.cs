using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>Children side by side: constant, relative or automatic widths.</summary>
internal sealed class Row : Element
{
    public enum WidthKind { Constant, Relative, Auto }

    public sealed record Item(Element Element, WidthKind Kind, double Value);

    public List<Item> Items { get; } = [];
    public double Spacing { get; set; }

    public override IEnumerable<Element> Children => Items.Select(i => i.Element);
    protected override void ResetChildren() { for (int i = 0; i < Items.Count; i++) Reset(Items[i].Element); }
    public override string Describe() => $"Row ({Items.Count} items)";

    private double[] Widths(LayoutContext context, double total)
    {
        var widths = new double[Items.Count];
        double fixedSum = Spacing * Math.Max(0, Items.Count - 1), relative = 0;
        for (int i = 0; i < Items.Count; i++)
        {
            var it = Items[i];
            if (it.Kind == WidthKind.Constant) widths[i] = it.Value;
            else if (it.Kind == WidthKind.Auto) widths[i] = Math.Min(total, it.Element.IntrinsicWidth(context) ?? 0);
            else { relative += it.Value; continue; }
            fixedSum += widths[i];
        }
        double left = Math.Max(0, total - fixedSum);
        for (int i = 0; i < Items.Count; i++)
            if (Items[i].Kind == WidthKind.Relative) widths[i] = relative > 0 ? left * Items[i].Value / relative : 0;
        return widths;
    }

    public override double? IntrinsicWidth(LayoutContext context)
    {
        double sum = Spacing * Math.Max(0, Items.Count - 1);
        foreach (var it in Items)
            sum += it.Kind == WidthKind.Constant ? it.Value : it.Element.IntrinsicWidth(context) ?? 0;
        return sum;
    }

    private (SpacePlan[] Plans, double[] Widths, double[] Rooms) Plan(LayoutContext context, Size available)
    {
        var widths = Widths(context, available.Width);
        var plans = new SpacePlan[Items.Count];
        var rooms = new double[Items.Count];
        double savedReserved = context.PendingReserved;
        context.ParallelDepth++;
        try
        {
            double reserved = 0;
            for (int i = 0; i < Items.Count; i++)
            {
                rooms[i] = Math.Max(0, available.Height - reserved);
                plans[i] = Items[i].Element.Measure(context, new Size(widths[i], rooms[i]));
                reserved += plans[i].Reserved;
                context.PendingReserved += plans[i].Reserved;
            }
        }
        finally
        {
            context.ParallelDepth--;
            context.PendingReserved = savedReserved;
        }
        return (plans, widths, rooms);
    }

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        var (plans, _, _) = Plan(context, available);
        if (plans.All(p => p.IsEmpty)) return SpacePlan.Empty;
        var wrap = plans.FirstOrDefault(p => p.IsWrap);
        if (wrap.IsWrap) return SpacePlan.Wrap(wrap.WrapReason ?? "a row item does not fit");
        double height = plans.Max(p => p.Height), reserved = plans.Sum(p => p.Reserved);
        return plans.Any(p => p.IsPartial) ? SpacePlan.Partial(available.Width, height, reserved) : SpacePlan.Full(available.Width, height, reserved);
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var (plans, widths, rooms) = Plan(context, available);
        if (plans.Any(p => p.IsWrap)) return;
        context.ParallelDepth++;
        try
        {
            double x = origin.X;
            for (int i = 0; i < Items.Count; i++)
            {
                if (!plans[i].IsEmpty) Items[i].Element.Draw(context, new Point(x, origin.Y), new Size(widths[i], rooms[i]));
                x += widths[i] + Spacing;
            }
        }
        finally { context.ParallelDepth--; }
    }
}
