using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Elements;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Fluent;

/// <summary>The public face of the elements: each method fills a container, checking its arguments now rather than at layout.</summary>
public static class ElementExtensions
{
    internal static Container Slot(this IContainer container) =>
        container as Container ?? throw new DocumentComposeException("Containers come from the document descriptor; do not implement IContainer.");

    private static double Points(double value, string what) =>
        value >= 0 && double.IsFinite(value) ? value : throw new DocumentComposeException($"{what} must be a non-negative number of points, not {value}.");

    // ----- decorators -----

    public static IContainer Padding(this IContainer container, double all) => container.Padding(all, all, all, all);
    public static IContainer PaddingHorizontal(this IContainer container, double value) => container.Padding(value, 0, value, 0);
    public static IContainer PaddingVertical(this IContainer container, double value) => container.Padding(0, value, 0, value);
    public static IContainer PaddingLeft(this IContainer container, double value) => container.Padding(value, 0, 0, 0);
    public static IContainer PaddingTop(this IContainer container, double value) => container.Padding(0, value, 0, 0);
    public static IContainer PaddingRight(this IContainer container, double value) => container.Padding(0, 0, value, 0);
    public static IContainer PaddingBottom(this IContainer container, double value) => container.Padding(0, 0, 0, value);

    public static IContainer Padding(this IContainer container, double left, double top, double right, double bottom) =>
        container.Slot().Decorate(new Padding
        {
            Left = Points(left, "Padding"), Top = Points(top, "Padding"), Right = Points(right, "Padding"), Bottom = Points(bottom, "Padding"),
        }, "a padding");

    /// <summary>Fills the area behind the content (decoration).</summary>
    public static IContainer Background(this IContainer container, Color color) =>
        container.Slot().Decorate(new Box { Background = color }, "a background");

    /// <summary>A border around the content (decoration).</summary>
    public static IContainer Border(this IContainer container, double width, Color color) =>
        container.Slot().Decorate(new Box { Border = new Stroke(color, Points(width, "Border width")) }, "a border");

    /// <summary>The content is never split across pages (unless it is taller than a page).</summary>
    public static IContainer ShowEntire(this IContainer container) => container.Slot().Decorate(new ShowEntire(), "ShowEntire");

    /// <summary>Same as <see cref="ShowEntire"/>: a keep-together group.</summary>
    public static IContainer KeepTogether(this IContainer container) => container.ShowEntire();

    /// <summary>Starts on the next page unless <paramref name="minHeight"/> points are left for the content's start.</summary>
    public static IContainer EnsureSpace(this IContainer container, double minHeight = 150) =>
        container.Slot().Decorate(new EnsureSpace { MinHeight = Points(minHeight, "EnsureSpace") }, "EnsureSpace");

    /// <summary>The content stays on the page where the next item of the column starts.</summary>
    public static IContainer KeepWithNext(this IContainer container) => container.Slot().Decorate(new KeepWithNext(), "KeepWithNext");

    /// <summary>Gives the content a structure element (Section, Division, BlockQuote, Figure, Caption…).</summary>
    public static IContainer Structure(this IContainer container, StructureElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element.Role == StructureRole.Figure && string.IsNullOrWhiteSpace(element.AlternateText))
            throw new DocumentComposeException("A Figure needs alternative text (PDF/UA): set AlternateText.");
        return container.Slot().Decorate(new Structured { Structure = element }, element.Role.ToString());
    }

    public static IContainer Structure(this IContainer container, StructureRole role) => container.Structure(new StructureElement(role));

    /// <summary>Marks the content as an artifact: not part of the text (decoration, running heads).</summary>
    public static IContainer Artifact(this IContainer container, ArtifactKind kind = ArtifactKind.Layout) =>
        container.Slot().Decorate(new Artifact { Kind = kind }, "an artifact");

    /// <summary>A named destination at the top of the content, for <see cref="Link"/>, <c>Span.Link</c> and <c>PageNumberOf</c>.</summary>
    public static IContainer Anchor(this IContainer container, string name)
    {
        var slot = container.Slot();
        slot.State.AddAnchor(name);
        return slot.Decorate(new AnchorElement { Name = name }, $"anchor '{name}'");
    }

    /// <summary>Makes the content a link to the anchor <paramref name="anchor"/>.</summary>
    public static IContainer Link(this IContainer container, string anchor, string? alternateText = null)
    {
        if (string.IsNullOrWhiteSpace(anchor)) throw new DocumentComposeException("A link needs an anchor name.");
        container.Slot().State.UsesPageReferences = true;
        return container.Slot().Decorate(new LinkElement { Target = new LinkSpec(anchor, null), AlternateText = alternateText }, "a link");
    }

    /// <summary>Makes the content a link to an external address.</summary>
    public static IContainer LinkUri(this IContainer container, string uri, string? alternateText = null)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out _)) throw new DocumentComposeException($"'{uri}' is not an absolute URI.");
        return container.Slot().Decorate(new LinkElement { Target = new LinkSpec(null, uri), AlternateText = alternateText }, "a link");
    }

    /// <summary>Gives the content a fixed width (left-aligned in the space offered).</summary>
    public static IContainer Width(this IContainer container, double width) =>
        container.Slot().Decorate(new Constrained { Width = Points(width, "Width") }, "a width");

    /// <summary>The content takes at least <paramref name="height"/> points.</summary>
    public static IContainer MinHeight(this IContainer container, double height) =>
        container.Slot().Decorate(new Constrained { MinHeight = Points(height, "MinHeight") }, "a minimum height");

    // ----- content -----

    public static void Column(this IContainer container, Action<ColumnDescriptor> compose)
    {
        var slot = container.Slot();
        var column = new Column();
        slot.Set(column, "a column");
        compose(new ColumnDescriptor(column, slot.State));
    }

    public static void Row(this IContainer container, Action<RowDescriptor> compose)
    {
        var slot = container.Slot();
        var row = new Row();
        slot.Set(row, "a row");
        compose(new RowDescriptor(row, slot.State));
    }

    /// <summary>A paragraph of styled runs.</summary>
    public static ParagraphDescriptor Paragraph(this IContainer container, Action<ParagraphDescriptor>? compose = null)
    {
        var slot = container.Slot();
        var paragraph = new Paragraph();
        slot.Set(paragraph, "a paragraph");
        var descriptor = new ParagraphDescriptor(paragraph, slot.State);
        compose?.Invoke(descriptor);
        return descriptor;
    }

    /// <summary>A paragraph of plain text.</summary>
    public static ParagraphDescriptor Text(this IContainer container, string text) => container.Paragraph(p => p.Span(text));

    /// <summary>
    /// A heading (levels 1-4): tagged H1-H4, kept with what follows, given an anchor (named
    /// <paramref name="anchor"/> or generated) and a bookmark, and listed by the contents.
    /// </summary>
    public static ParagraphDescriptor Heading(this IContainer container, int level, string text, string? anchor = null) =>
        container.Heading(level, p => p.Span(text), anchor);

    public static ParagraphDescriptor Heading(this IContainer container, int level, Action<ParagraphDescriptor> compose, string? anchor = null)
    {
        if (level is < 1 or > 4) throw new DocumentComposeException($"Heading level {level} is not supported: use 1 to 4.");
        var slot = container.Slot();
        var state = slot.State;
        anchor ??= $"heading-{state.HeadingCount + 1}";
        state.AddAnchor(anchor);
        state.HeadingCount++;
        var paragraph = new Paragraph
        {
            Role = StructureRole.Heading1 + (level - 1), HeadingLevel = level, Anchor = anchor, KeepWithNextFlag = true,
            Style = state.HeadingStyles[level - 1], SpaceBefore = level switch { 1 => 18, 2 => 14, 3 => 10, _ => 8 },
            SpaceAfter = level switch { 1 => 8, 2 => 6, _ => 4 }, Widows = 1, Orphans = 1,
        };
        slot.Set(paragraph, $"heading '{anchor}'");
        var descriptor = new ParagraphDescriptor(paragraph, state);
        compose(descriptor);
        if (string.IsNullOrWhiteSpace(paragraph.PlainText)) throw new DocumentComposeException($"Heading '{anchor}' has no text.");
        // Listed by the contents in document order: recorded now, and dropped by NotInContents() below.
        var info = new HeadingInfo(level, paragraph.PlainText, anchor);
        state.Headings.Add(info);
        descriptor.OnNotInContents = () => state.Headings.Remove(info);
        return descriptor;
    }

    /// <summary>A horizontal rule across the width (decoration).</summary>
    public static void Rule(this IContainer container, double thickness = 0.75, Color? color = null) =>
        container.Slot().Set(new Rule { Thickness = Points(thickness, "Rule thickness"), Color = color ?? Color.Black }, "a rule");

    /// <summary>Blank vertical space.</summary>
    public static void Spacer(this IContainer container, double height) =>
        container.Slot().Set(new Spacer { Height = Points(height, "Spacer height") }, "a spacer");

    /// <summary>Ends the page (nothing happens if the page is still empty).</summary>
    public static void PageBreak(this IContainer container) => container.Slot().Set(new PageBreak(), "a page break");
}

/// <summary>Stacks items vertically.</summary>
public sealed class ColumnDescriptor
{
    private readonly Column column;
    private readonly ComposeState state;

    internal ColumnDescriptor(Column column, ComposeState state)
    {
        this.column = column;
        this.state = state;
    }

    /// <summary>Space between items (not above the first item on a page).</summary>
    public ColumnDescriptor Spacing(double points)
    {
        if (points < 0 || !double.IsFinite(points)) throw new DocumentComposeException($"Column spacing {points} must be a non-negative number.");
        column.Spacing = points;
        return this;
    }

    public IContainer Item()
    {
        int index = column.Items.Count;
        column.Items.Add(EmptyElement.Instance);
        return new Container(state, e => column.Items[index] = e);
    }
}

/// <summary>Sets items side by side.</summary>
public sealed class RowDescriptor
{
    private readonly Row row;
    private readonly ComposeState state;

    internal RowDescriptor(Row row, ComposeState state)
    {
        this.row = row;
        this.state = state;
    }

    public RowDescriptor Spacing(double points)
    {
        if (points < 0 || !double.IsFinite(points)) throw new DocumentComposeException($"Row spacing {points} must be a non-negative number.");
        row.Spacing = points;
        return this;
    }

    private IContainer Add(Row.WidthKind kind, double value)
    {
        int index = row.Items.Count;
        row.Items.Add(new Row.Item(EmptyElement.Instance, kind, value));
        return new Container(state, e => row.Items[index] = row.Items[index] with { Element = e });
    }

    /// <summary>An item of a fixed width in points.</summary>
    public IContainer ConstantItem(double width) =>
        width >= 0 && double.IsFinite(width) ? Add(Row.WidthKind.Constant, width) : throw new DocumentComposeException($"Item width {width} must be non-negative.");

    /// <summary>An item sharing the width left over in proportion to <paramref name="weight"/>.</summary>
    public IContainer RelativeItem(double weight = 1) =>
        weight > 0 && double.IsFinite(weight) ? Add(Row.WidthKind.Relative, weight) : throw new DocumentComposeException($"Item weight {weight} must be positive.");

    /// <summary>An item as wide as its content wants.</summary>
    public IContainer AutoItem() => Add(Row.WidthKind.Auto, 0);
}
