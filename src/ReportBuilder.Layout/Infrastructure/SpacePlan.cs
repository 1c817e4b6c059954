namespace ReportBuilder.Layout.Infrastructure;

/// <summary>How an element would use the space offered, found by <see cref="Element.Measure"/> without drawing.</summary>
internal enum SpacePlanKind
{
    /// <summary>Nothing (left) to draw.</summary>
    Empty,
    /// <summary>Nothing fits here: try the next page.</summary>
    Wrap,
    /// <summary>Part fits; the rest continues on the next page.</summary>
    PartialRender,
    /// <summary>Everything (left) fits.</summary>
    FullRender,
}

/// <summary>The answer of <see cref="Element.Measure"/>.</summary>
/// <param name="Height">Height the element occupies where it is drawn.</param>
/// <param name="Reserved">
/// Height it also takes from the foot of the page for footnotes it places: following content
/// gets <c>Height + Reserved</c> less space, but is drawn right below <c>Height</c>.
/// </param>
internal readonly record struct SpacePlan(SpacePlanKind Kind, double Width, double Height, double Reserved = 0, string? WrapReason = null)
{
    public static SpacePlan Empty => new(SpacePlanKind.Empty, 0, 0);
    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, 0, 0, 0, reason);
    public static SpacePlan Partial(double width, double height, double reserved = 0) => new(SpacePlanKind.PartialRender, width, height, reserved);
    public static SpacePlan Full(double width, double height, double reserved = 0) => new(SpacePlanKind.FullRender, width, height, reserved);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;
    public bool IsEmpty => Kind == SpacePlanKind.Empty;
    public bool IsFull => Kind == SpacePlanKind.FullRender;
    public bool IsPartial => Kind == SpacePlanKind.PartialRender;
    /// <summary>Something will be drawn (partially or fully).</summary>
    public bool Draws => Kind is SpacePlanKind.PartialRender or SpacePlanKind.FullRender;
    /// <summary>Nothing remains after drawing.</summary>
    public bool Completes => Kind is SpacePlanKind.FullRender or SpacePlanKind.Empty;

    public override string ToString() => Kind switch
    {
        SpacePlanKind.Wrap => $"Wrap({WrapReason})",
        SpacePlanKind.Empty => "Empty",
        _ => $"{Kind}({Width:0.##}×{Height:0.##}{(Reserved > 0 ? $" +{Reserved:0.##} notes" : "")})",
    };
}
