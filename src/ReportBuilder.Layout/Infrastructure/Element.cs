using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Layout.Infrastructure;

/// <summary>A piece of the layout tree: measures itself in the space offered, then draws.</summary>
/// <remarks>
/// <see cref="Measure"/> has no side effects and may be called any number of times;
/// <see cref="Draw"/> commits what the same <see cref="Measure"/> call would have planned
/// (it receives the same available size, not the planned one) and advances the element's
/// state so that the next page continues where this one stopped. <see cref="ResetState"/>
/// rewinds that state when a layout pass first meets the element, and <see cref="ResetTree"/>
/// whenever a container lays a subtree out again (a running header on every page; QuestPDF's IStateful).
/// </remarks>
internal abstract class Element
{
    private double cachedWidth = double.NaN, cachedHeight, cachedReserved;
    private long cachedEpoch = -1;
    private long resetPass = -1;
    private bool cachedPending;
    private SpacePlan cachedPlan;

    /// <summary>Measures, reusing the last answer while nothing that could change it has happened.</summary>
    /// <remarks>
    /// An answer depends on the element's state, the space and the page; all of them change only
    /// through <see cref="Draw"/>, <see cref="ResetTree"/> or a new page, which advance
    /// <see cref="LayoutContext.Epoch"/>; the pending flags a container sets while measuring are part of the key.
    /// </remarks>
    public SpacePlan Measure(LayoutContext context, Size available)
    {
        ResetForPass(context);
        if (context.Epoch == cachedEpoch && available.Width == cachedWidth && available.Height == cachedHeight
            && context.PendingContent == cachedPending && context.PendingReserved == cachedReserved)
            return cachedPlan;
        var plan = MeasureCore(context, available);
        (cachedEpoch, cachedWidth, cachedHeight, cachedPending, cachedReserved, cachedPlan) =
            (context.Epoch, available.Width, available.Height, context.PendingContent, context.PendingReserved, plan);
        return plan;
    }

    /// <summary>Draws what <see cref="Measure"/> planned for the same space, and advances the element's state.</summary>
    public void Draw(LayoutContext context, Point origin, Size available)
    {
        ResetForPass(context);
        DrawCore(context, origin, available);
        context.Epoch++;
    }

    protected abstract SpacePlan MeasureCore(LayoutContext context, Size available);

    protected abstract void DrawCore(LayoutContext context, Point origin, Size available);

    /// <summary>Rewinds the element's state the first time a layout pass meets it.</summary>
    /// <remarks>
    /// Lazily, rather than by walking the whole tree before each pass: in a 1,000-page document that walk touched
    /// every element once more per pass, all of them out of the processor's cache (a tenth of a table-heavy layout).
    /// An element's state changes only through its own Measure and Draw, so resetting at the first of those is the same.
    /// </remarks>
    private void ResetForPass(LayoutContext context)
    {
        if (resetPass == context.PassStamp) return;
        resetPass = context.PassStamp;
        ResetState();
    }

    /// <summary>Rewinds this element's own pagination state (children are reset by the caller).</summary>
    public virtual void ResetState() { }

    public virtual IEnumerable<Element> Children => [];

    /// <summary>The widest the content would like to be (for auto columns and rows); null when it takes whatever it gets.</summary>
    public virtual double? IntrinsicWidth(LayoutContext context) => null;

    /// <summary>The element must share a page with the start of the element after it (headings).</summary>
    public virtual bool KeepsWithNext => false;

    /// <summary>A short name for error messages.</summary>
    public virtual string Describe() => GetType().Name;

    /// <summary>Resets this element and every descendant.</summary>
    public void ResetTree(LayoutContext context)
    {
        context.Epoch++;
        ResetWithChildren();
    }

    private void ResetWithChildren()
    {
        ResetState();
        ResetChildren();
    }

    /// <summary>
    /// Resets every child tree. Containers override it with a plain loop: headers, footers and repeated
    /// table headers are reset on every page, and an enumerator per element would be garbage a page.
    /// </summary>
    protected virtual void ResetChildren()
    {
        foreach (var c in Children) c.ResetWithChildren();
    }

    /// <summary>For overrides of <see cref="ResetChildren"/>.</summary>
    protected static void Reset(Element child) => child.ResetWithChildren();
}

/// <summary>An element with exactly one child (the decorators: padding, background, keep-together…).</summary>
internal abstract class ContainerElement : Element
{
    public Element Child { get; set; } = EmptyElement.Instance;

    public override IEnumerable<Element> Children => [Child];
    protected override void ResetChildren() => Reset(Child);

    protected override SpacePlan MeasureCore(LayoutContext context, Size available) => Child.Measure(context, available);

    protected override void DrawCore(LayoutContext context, Point origin, Size available) => Child.Draw(context, origin, available);

    public override double? IntrinsicWidth(LayoutContext context) => Child.IntrinsicWidth(context);

    public override bool KeepsWithNext => Child.KeepsWithNext;

    public override string Describe() => $"{GetType().Name} > {Child.Describe()}";
}

/// <summary>Nothing: what an unused container holds.</summary>
/// <remarks>One instance for all: it has no state of its own (its measure is always empty), and a long table made one
/// for every cell before its content was set. Layouts on several threads may share it: its measure cache is keyed on
/// the epoch, which is unique to each layout, and holds nothing but the empty plan.</remarks>
internal sealed class EmptyElement : Element
{
    public static EmptyElement Instance { get; } = new();

    private EmptyElement() { }

    protected override SpacePlan MeasureCore(LayoutContext context, Size available) => SpacePlan.Empty;
    protected override void DrawCore(LayoutContext context, Point origin, Size available) { }
    public override double? IntrinsicWidth(LayoutContext context) => 0;
}
