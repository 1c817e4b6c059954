using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Elements;

/// <summary>Space around the child, on every page it appears on.</summary>
internal sealed class Padding : ContainerElement
{
    public double Left { get; init; }
    public double Top { get; init; }
    public double Right { get; init; }
    public double Bottom { get; init; }

    private Size Inner(Size s) => new(Math.Max(0, s.Width - Left - Right), Math.Max(0, s.Height - Top - Bottom));

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        var plan = Child.Measure(context, Inner(available));
        if (!plan.Draws) return plan;
        return plan with { Width = plan.Width + Left + Right, Height = plan.Height + Top + Bottom };
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available) =>
        Child.Draw(context, new Point(origin.X + Left, origin.Y + Top), Inner(available));

    public override double? IntrinsicWidth(LayoutContext context) => Child.IntrinsicWidth(context) + Left + Right;
}

/// <summary>A background colour and/or a border around the child, as decoration (an artifact).</summary>
internal sealed class Box : ContainerElement
{
    public Color? Background { get; init; }
    public Stroke? Border { get; init; }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var plan = Child.Measure(context, available);
        if (plan.IsWrap) return;
        // An empty box is drawn only where a parent gave it a size (MinHeight): it then fills it.
        var rect = new Rect(origin.X, origin.Y, available.Width, plan.Draws ? plan.Height : available.Height);
        if (Background is { } bg)
        {
            context.BeginArtifact(ArtifactKind.Layout);
            context.DrawRectangle(rect, new Paint(bg));
            context.EndArtifact();
        }
        Child.Draw(context, origin, available);
        if (Border is { } b)
        {
            context.BeginArtifact(ArtifactKind.Layout);
            context.DrawRectangle(rect, new Paint(null, b.Color, b.Width));
            context.EndArtifact();
        }
    }
}

/// <summary>Turns a partial fit into a wrap: the child is drawn whole on one page (unless it is taller than a page).</summary>
internal sealed class ShowEntire : ContainerElement
{
    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        var plan = Child.Measure(context, available);
        if (plan.IsPartial && !context.AtPageTop) return SpacePlan.Wrap($"{Child.Describe()} must be shown entire");
        return plan;
    }
}

/// <summary>Wants at least <see cref="MinHeight"/> on the page where it starts; otherwise moves to the next page.</summary>
internal sealed class EnsureSpace : ContainerElement
{
    private bool started;
    public double MinHeight { get; init; }

    public override void ResetState() => started = false;

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        var plan = Child.Measure(context, available);
        if (!started && plan.IsPartial && available.Height < MinHeight && !context.AtPageTop)
            return SpacePlan.Wrap($"{Child.Describe()} needs {MinHeight:0.#} pt to start, {available.Height:0.#} pt left");
        return plan;
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        started = true;
        base.DrawCore(context, origin, available);
    }
}

/// <summary>Marks the child as staying on the page of the start of what follows it (see <see cref="Column"/>).</summary>
internal sealed class KeepWithNext : ContainerElement
{
    public override bool KeepsWithNext => true;
}

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

/// <summary>Marks the child as an artifact (not part of the text): running heads, decoration, watermarks.</summary>
internal sealed class Artifact : ContainerElement
{
    public ArtifactKind Kind { get; init; } = ArtifactKind.Layout;

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        context.BeginArtifact(Kind);
        Child.Draw(context, origin, available);
        context.EndArtifact();
    }
}

/// <summary>A named destination at the top of the child, for links and the contents.</summary>
internal sealed class AnchorElement : ContainerElement
{
    private bool placed;
    public required string Name { get; init; }

    public override void ResetState() => placed = false;

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        var plan = Child.Measure(context, available);
        return plan.IsEmpty && !placed ? SpacePlan.Full(0, 0) : plan;
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        if (!placed)
        {
            placed = true;
            context.AddAnchor(Name, origin.Y);
            context.MarkContent();
        }
        Child.Draw(context, origin, available);
    }
}

/// <summary>Makes the child a link (to an anchor or a URI) over the area it covers on each page.</summary>
internal sealed class LinkElement : ContainerElement
{
    public required LinkSpec Target { get; init; }
    public string? AlternateText { get; init; }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var plan = Child.Measure(context, available);
        if (!plan.Draws) return;
        bool link = context.BeginLink(new Rect(origin.X, origin.Y, Math.Max(plan.Width, 1), plan.Height), Target, AlternateText);
        Child.Draw(context, origin, available);
        if (link) context.EndLink();
    }
}

/// <summary>Ends the page here (nothing if the page is still empty).</summary>
internal sealed class PageBreak : Element
{
    private bool done;
    public override void ResetState() => done = false;

    protected override SpacePlan MeasureCore(LayoutContext context, Size available) =>
        done ? SpacePlan.Empty : context.AtPageTop ? SpacePlan.Full(0, 0) : SpacePlan.Partial(0, 0);

    protected override void DrawCore(LayoutContext context, Point origin, Size available) => done = true;
}

/// <summary>Blank vertical space (not carried over to the next page).</summary>
internal sealed class Spacer : Element
{
    public double Height { get; init; }

    protected override SpacePlan MeasureCore(LayoutContext context, Size available) =>
        SpacePlan.Full(0, Math.Min(Height, available.Height));

    protected override void DrawCore(LayoutContext context, Point origin, Size available) { }
}

/// <summary>A horizontal line across the available width (decoration).</summary>
internal sealed class Rule : Element
{
    public double Thickness { get; init; } = 0.75;
    public Color Color { get; init; } = Color.Black;

    protected override SpacePlan MeasureCore(LayoutContext context, Size available) =>
        Thickness <= available.Height ? SpacePlan.Full(available.Width, Thickness) : SpacePlan.Wrap("a rule does not fit");

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        context.BeginArtifact(ArtifactKind.Layout);
        double y = origin.Y + Thickness / 2;
        context.DrawLine(new Point(origin.X, y), new Point(origin.X + available.Width, y), new Stroke(Color, Thickness));
        context.EndArtifact();
    }
}

/// <summary>Fixed width and/or height for the child (min/max constraints kept simple: exact sizes).</summary>
internal sealed class Constrained : ContainerElement
{
    public double? Width { get; init; }
    public double? MinHeight { get; init; }

    private Size Inner(Size s) => new(Width is { } w ? Math.Min(w, s.Width) : s.Width, s.Height);

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        if (MinHeight is { } min && min > available.Height && !context.AtPageTop) return SpacePlan.Wrap($"needs {min:0.#} pt");
        var plan = Child.Measure(context, Inner(available));
        if (MinHeight is { } m && plan.Completes) plan = SpacePlan.Full(plan.Width, Math.Max(plan.Height, Math.Min(m, available.Height)), plan.Reserved);
        return Width is { } width && plan.Draws ? plan with { Width = width } : plan;
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var inner = Inner(available);
        if (MinHeight is not null && Measure(context, available) is { IsFull: true } plan) inner = inner with { Height = plan.Height };
        Child.Draw(context, origin, inner);
    }

    public override double? IntrinsicWidth(LayoutContext context) => Width ?? Child.IntrinsicWidth(context);
}
