using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>Children one below the other, with spacing between; continues on the next page where a child does.</summary>
/// <remarks>
/// Keep-with-next: a child that <see cref="Element.KeepsWithNext"/> (a heading) is not left as the
/// last thing on a page: if the child after it gets nothing on this page, both move on.
/// </remarks>
internal sealed class Column : Element
{
    private int first;

    public List<Element> Items { get; } = [];
    public double Spacing { get; set; }

    public override IEnumerable<Element> Children => Items;
    protected override void ResetChildren() { for (int i = 0; i < Items.Count; i++) Reset(Items[i]); }
    public override void ResetState() => first = 0;
    public override string Describe() => $"Column ({Items.Count} items)";

    private readonly record struct Placed(int Index, SpacePlan Plan, double Top, double Available);

    private readonly List<Placed> placedBuffer = [];

    /// <remarks>Returns a buffer owned by this column: valid until its next Plan (never re-entered for one column).</remarks>
    private (List<Placed> Placed, bool Finished, string? WrapReason) Plan(LayoutContext context, Size available)
    {
        var placed = placedBuffer;
        placed.Clear();
        double y = 0, reserved = 0;
        bool savedContent = context.PendingContent;
        double savedReserved = context.PendingReserved;
        bool finished = true;
        string? wrap = null;
        try
        {
            for (int i = first; i < Items.Count; i++)
            {
                double gap = placed.Count > 0 ? context.Squeeze.Gap(Spacing) : 0;
                double room = available.Height - y - reserved - gap;
                if (room < 0) { finished = false; wrap = "no room left"; break; }
                var plan = Items[i].Measure(context, new Size(available.Width, room));
                if (plan.IsEmpty) continue;
                if (plan.IsWrap) { finished = false; wrap = plan.WrapReason; break; }
                placed.Add(new Placed(i, plan, y + gap, room));
                y += gap + plan.Height;
                reserved += plan.Reserved;
                context.PendingContent = true;
                context.PendingReserved += plan.Reserved;
                if (plan.IsPartial) { finished = false; break; }
            }
        }
        finally
        {
            context.PendingContent = savedContent;
            context.PendingReserved = savedReserved;
        }

        if (!finished)
        {
            // Keep-with-next: step back over fully placed children that want to stay with what did not fit.
            int keep = placed.Count;
            while (keep > 0 && placed[keep - 1].Plan.IsFull && Items[placed[keep - 1].Index].KeepsWithNext) keep--;
            if (keep < placed.Count && (keep > 0 || !context.AtPageTop))
            {
                wrap ??= $"{Items[placed[keep].Index].Describe()} keeps with the next item";
                placed.RemoveRange(keep, placed.Count - keep);
            }
        }
        return (placed, finished, wrap);
    }

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        var (placed, finished, wrap) = Plan(context, available);
        if (placed.Count == 0) return finished ? SpacePlan.Empty : SpacePlan.Wrap(wrap ?? "nothing fits");
        var last = placed[^1];
        double height = last.Top + last.Plan.Height, width = 0, reserved = 0;
        foreach (var p in placed)
        {
            width = Math.Max(width, p.Plan.Width);
            reserved += p.Plan.Reserved;
        }
        return finished ? SpacePlan.Full(width, height, reserved) : SpacePlan.Partial(width, height, reserved);
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var (placed, finished, _) = Plan(context, available);
        if (placed.Count == 0)
        {
            if (finished) first = Items.Count;
            return;
        }
        double reservedAbove = 0;
        foreach (var p in placed)
        {
            // Notes drawn by earlier children are now on the page, not pending: the room is the same.
            Items[p.Index].Draw(context, new Point(origin.X, origin.Y + p.Top), new Size(available.Width, p.Available));
            reservedAbove += p.Plan.Reserved;
        }
        var last = placed[^1];
        first = finished ? Items.Count : last.Plan.IsFull ? last.Index + 1 : last.Index;
    }
}
