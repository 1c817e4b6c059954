using System.Globalization;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Elements;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Lists, tables, the contents, images, drawings and watermarks.</summary>
public static class BlockExtensions
{
    /// <summary>A bullet or numbered list (tagged L, LI, Lbl, LBody); lists inside items nest, with deeper indents and other bullets.</summary>
    public static void List(this IContainer container, Action<ListDescriptor> compose)
    {
        var slot = container.Slot();
        var column = new Column();
        slot.Set(new Structured { Structure = new StructureElement(StructureRole.List), Child = column }, "a list");
        slot.State.ListDepth++;
        try { compose(new ListDescriptor(column, slot.State, slot.State.ListDepth)); }
        finally { slot.State.ListDepth--; }
    }

    /// <summary>A table (see <see cref="TableDescriptor"/>).</summary>
    public static void Table(this IContainer container, Action<TableDescriptor> compose)
    {
        var slot = container.Slot();
        var table = new Table();
        slot.Set(table, "a table");
        var descriptor = new TableDescriptor(table, slot.State);
        compose(descriptor);
        descriptor.Validate();
    }

    /// <summary>The contents: every heading up to <paramref name="maxLevel"/>, with leaders, page numbers and links (tagged TOC/TOCI).</summary>
    public static void TableOfContents(this IContainer container, int maxLevel = 3, TextStyle? style = null)
    {
        if (maxLevel is < 1 or > 4) throw new DocumentComposeException($"Contents level {maxLevel} is not supported: use 1 to 4.");
        var slot = container.Slot();
        slot.State.UsesPageReferences = true;
        slot.Set(new TableOfContents(slot.State) { MaxLevel = maxLevel, Style = style ?? new TextStyle() }, "a table of contents");
    }

    /// <summary>A PNG or JPEG image, as wide as <paramref name="width"/> or the space; <paramref name="alternateText"/> null marks it as decoration.</summary>
    public static void Image(this IContainer container, ImageData image, string? alternateText, double? width = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (alternateText is not null && string.IsNullOrWhiteSpace(alternateText))
            throw new DocumentComposeException("Alternative text of an image must not be blank: give text, or null for a decorative image.");
        if (width is <= 0) throw new DocumentComposeException($"Image width {width} must be positive.");
        container.Slot().Set(new ImageElement { Image = image, AlternateText = alternateText, Width = width }, "an image");
    }

    /// <summary>A PNG or JPEG image read from bytes (pixel size from the file's header).</summary>
    public static void Image(this IContainer container, byte[] bytes, string? alternateText, double? width = null, string source = "image") =>
        container.Image(ImageReader.Read(bytes, source), alternateText, width);

    /// <summary>A vector drawing of <paramref name="width"/>×<paramref name="height"/> points (scaled down to fit the width), tagged as a Figure.</summary>
    public static void Drawing(this IContainer container, double width, double height, string alternateText, Action<DrawingDescriptor> compose)
    {
        if (width <= 0 || height <= 0) throw new DocumentComposeException($"Drawing size {width}×{height} must be positive.");
        if (string.IsNullOrWhiteSpace(alternateText)) throw new DocumentComposeException("A drawing is a Figure and needs alternative text (PDF/UA).");
        var drawing = new DrawingElement { Width = width, Height = height, AlternateText = alternateText };
        container.Slot().Set(drawing, "a drawing");
        compose(new DrawingDescriptor(drawing));
    }

    /// <summary>Large pale text centred in the space, as a watermark artifact (use on the section's Foreground).</summary>
    /// <param name="angle">Degrees counter-clockwise; by default the diagonal from the bottom-left to the top-right corner, as on a printed draft; 0 for level text.</param>
    public static void Watermark(this IContainer container, string text, TextStyle? style = null, double? angle = null)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DocumentComposeException("A watermark needs text.");
        if (angle is { } a && (!double.IsFinite(a) || Math.Abs(a) > 360)) throw new DocumentComposeException($"A watermark's angle must be between -360 and 360 degrees, not {a}.");
        var mark = new Watermark { Text = text, Angle = angle };
        if (style is not null) mark = new Watermark { Text = text, Style = style.InheritFrom(mark.Style), Angle = angle };
        container.Slot().Set(new Artifact { Kind = ArtifactKind.Watermark, Child = mark }, "a watermark");
    }
}

/// <summary>Adds the items of a list.</summary>
public sealed class ListDescriptor
{
    private static readonly string[] Bullets = ["•", "–", "◦", "▪"];
    private readonly Column column;
    private readonly ComposeState state;
    private readonly int depth;
    private bool numbered;
    private int start = 1;
    private double indent = 18;

    internal ListDescriptor(Column column, ComposeState state, int depth)
    {
        this.column = column;
        this.state = state;
        this.depth = depth;
    }

    /// <summary>Numbers the items (1. 2. 3. …) from <paramref name="start"/>.</summary>
    public ListDescriptor Numbered(int start = 1) { numbered = true; this.start = start; return this; }

    /// <summary>Bulleted items (the default); the bullet changes with nesting depth.</summary>
    public ListDescriptor Bulleted() { numbered = false; return this; }

    /// <summary>Width of the label column (the hanging indent), default 18 pt.</summary>
    public ListDescriptor Indent(double points)
    {
        if (points <= 0) throw new DocumentComposeException($"List indent {points} must be positive.");
        indent = points;
        return this;
    }

    public ListDescriptor Spacing(double points) { column.Spacing = points; return this; }

    /// <summary>Adds an item and returns the container of its body.</summary>
    public IContainer Item()
    {
        int n = column.Items.Count;
        string label = numbered ? (start + n).ToString(CultureInfo.InvariantCulture) + "." : Bullets[(depth - 1) % Bullets.Length];
        var labelParagraph = new Paragraph { Role = null };
        labelParagraph.Inlines.Add(new TextInline(label));
        var row = new Row();
        row.Items.Add(new Row.Item(new Structured { Structure = new StructureElement(StructureRole.Label), Child = labelParagraph }, Row.WidthKind.Constant, indent));
        var body = new Structured { Structure = new StructureElement(StructureRole.ListBody) };
        row.Items.Add(new Row.Item(body, Row.WidthKind.Relative, 1));
        column.Items.Add(new Structured { Structure = new StructureElement(StructureRole.ListItem), Child = row });
        return new Container(state, e => body.Child = e);
    }
}

/// <summary>Defines a table's columns.</summary>
public sealed class TableColumnsDescriptor
{
    private readonly Table table;
    internal TableColumnsDescriptor(Table table) => this.table = table;

    public TableColumnsDescriptor ConstantColumn(double width)
    {
        if (width <= 0) throw new DocumentComposeException($"Column width {width} must be positive.");
        table.Columns.Add(new Table.ColumnDef(Elements.Table.ColumnKind.Constant, width));
        return this;
    }

    public TableColumnsDescriptor RelativeColumn(double weight = 1)
    {
        if (weight <= 0) throw new DocumentComposeException($"Column weight {weight} must be positive.");
        table.Columns.Add(new Table.ColumnDef(Elements.Table.ColumnKind.Relative, weight));
        return this;
    }

    /// <summary>As wide as the widest single-column cell's content wants.</summary>
    public TableColumnsDescriptor AutoColumn()
    {
        table.Columns.Add(new Table.ColumnDef(Elements.Table.ColumnKind.Auto, 0));
        return this;
    }
}

/// <summary>Options of one table cell: position, spans, header scope, background.</summary>
public sealed class TableCellOptions
{
    internal int? Row { get; private set; }
    internal int? Column { get; private set; }
    internal int RowSpanValue { get; private set; } = 1;
    internal int ColumnSpanValue { get; private set; } = 1;
    internal Color? BackgroundValue { get; private set; }
    internal bool? Header { get; private set; }
    internal TableHeaderScope? ScopeValue { get; private set; }

    /// <summary>Places the cell at a row and column (from 1); cells without a place fill the next free slot.</summary>
    public TableCellOptions At(int row, int column)
    {
        if (row < 1 || column < 1) throw new DocumentComposeException($"Cell place ({row}, {column}) counts from 1.");
        Row = row - 1;
        Column = column - 1;
        return this;
    }

    public TableCellOptions RowSpan(int rows) { RowSpanValue = rows >= 1 ? rows : throw new DocumentComposeException($"Row span {rows} must be at least 1."); return this; }
    public TableCellOptions ColumnSpan(int columns) { ColumnSpanValue = columns >= 1 ? columns : throw new DocumentComposeException($"Column span {columns} must be at least 1."); return this; }
    public TableCellOptions Background(Color color) { BackgroundValue = color; return this; }

    /// <summary>A header cell (TH) heading its row, its column or both.</summary>
    public TableCellOptions AsHeader(TableHeaderScope scope = TableHeaderScope.Column)
    {
        if (scope == TableHeaderScope.None) throw new DocumentComposeException("A header cell needs a scope (Row, Column or Both).");
        Header = true;
        ScopeValue = scope;
        return this;
    }
}

/// <summary>Composes a table: columns, header rows (repeated on every page), cells.</summary>
public sealed class TableDescriptor
{
    private readonly Table table;
    private readonly ComposeState state;
    private readonly List<bool[]> occupied = [];
    private int cursorRow, cursorColumn;
    private bool inHeader;
    private bool bodyStarted;
    private double padding = 4;

    internal TableDescriptor(Table table, ComposeState state)
    {
        this.table = table;
        this.state = state;
    }

    public TableDescriptor ColumnsDefinition(Action<TableColumnsDescriptor> define)
    {
        if (table.Columns.Count > 0) throw new DocumentComposeException("ColumnsDefinition is called twice for one table.");
        define(new TableColumnsDescriptor(table));
        if (table.Columns.Count == 0) throw new DocumentComposeException("A table needs at least one column.");
        return this;
    }

    /// <summary>Padding inside every cell added after this call (default 4 pt).</summary>
    public TableDescriptor CellPadding(double points) { padding = points >= 0 ? points : throw new DocumentComposeException("Cell padding must not be negative."); return this; }

    /// <summary>Grid lines around every cell.</summary>
    public TableDescriptor Border(double width, Color color) { table.Border = new Stroke(color, width); return this; }

    /// <summary>A short description of the table (its /T title).</summary>
    public TableDescriptor Summary(string text) { table.Summary = text; return this; }

    /// <summary>The header rows: tagged TH with column scope, and repeated at the top of every page the table reaches.</summary>
    public TableDescriptor Header(Action<TableDescriptor> compose)
    {
        if (bodyStarted || table.HeaderRows > 0) throw new DocumentComposeException("Header(...) must come once, before the table's other cells.");
        inHeader = true;
        compose(this);
        inHeader = false;
        table.HeaderRows = occupied.Count;
        cursorRow = occupied.Count;
        cursorColumn = 0;
        return this;
    }

    /// <summary>Adds a cell at the next free place (or where <see cref="TableCellOptions.At"/> says) and returns its content container.</summary>
    public IContainer Cell(Action<TableCellOptions>? options = null)
    {
        if (table.Columns.Count == 0) throw new DocumentComposeException("Define the columns (ColumnsDefinition) before adding cells.");
        if (!inHeader) bodyStarted = true;
        var o = new TableCellOptions();
        options?.Invoke(o);
        int columns = table.Columns.Count;
        if (o.ColumnSpanValue > columns) throw new DocumentComposeException($"A cell spans {o.ColumnSpanValue} columns; the table has {columns}.");
        int row, column;
        if (o.Row is { } r && o.Column is { } c) { row = r; column = c; }
        else
        {
            (row, column) = (cursorRow, cursorColumn);
            while (!Free(row, column, o.RowSpanValue, o.ColumnSpanValue))
            {
                column++;
                if (column + o.ColumnSpanValue > columns) { column = 0; row++; }
            }
        }
        if (column + o.ColumnSpanValue > columns)
            throw new DocumentComposeException($"The cell at row {row + 1}, column {column + 1} spans past the table's {columns} columns.");
        if (!Free(row, column, o.RowSpanValue, o.ColumnSpanValue))
            throw new DocumentComposeException($"The cell at row {row + 1}, column {column + 1} overlaps another cell.");
        for (int rr = row; rr < row + o.RowSpanValue; rr++)
            for (int cc = column; cc < column + o.ColumnSpanValue; cc++) Occupy(rr, cc);
        cursorRow = row;
        cursorColumn = column + o.ColumnSpanValue;
        if (cursorColumn >= columns) { cursorColumn = 0; cursorRow++; }

        var pad = new Padding { Left = padding, Top = padding, Right = padding, Bottom = padding };
        var cell = new Table.Cell
        {
            Row = row, Column = column, RowSpan = o.RowSpanValue, ColumnSpan = o.ColumnSpanValue, Background = o.BackgroundValue,
            IsHeader = o.Header ?? inHeader, Scope = o.ScopeValue ?? TableHeaderScope.Column, Content = pad,
        };
        table.Cells.Add(cell);
        return new Container(state, e => pad.Child = e);
    }

    private bool Free(int row, int column, int rows, int columns)
    {
        for (int r = row; r < row + rows; r++)
            for (int c = column; c < column + columns; c++)
                if (r < occupied.Count && c < occupied[r].Length && occupied[r][c]) return false;
        return true;
    }

    private void Occupy(int row, int column)
    {
        while (occupied.Count <= row) occupied.Add(new bool[table.Columns.Count]);
        occupied[row][column] = true;
    }

    internal void Validate()
    {
        if (table.Columns.Count == 0) throw new DocumentComposeException("A table needs ColumnsDefinition with at least one column.");
        if (table.HeaderRows > 0 && table.Cells.Any(c => c.Row < table.HeaderRows && c.Row + c.RowSpan > table.HeaderRows))
            throw new DocumentComposeException("A header cell spans into the table's body rows.");
    }
}

/// <summary>Adds shapes and text to a drawing, in its own coordinates (points, origin top-left).</summary>
public sealed class DrawingDescriptor
{
    private readonly DrawingElement drawing;
    internal DrawingDescriptor(DrawingElement drawing) => this.drawing = drawing;

    public DrawingDescriptor Rectangle(Rect rect, Paint paint) { drawing.Shapes.Add(new RectShape(rect, paint)); return this; }
    public DrawingDescriptor Ellipse(Rect bounds, Paint paint) { drawing.Shapes.Add(new EllipseShape(bounds, paint)); return this; }
    public DrawingDescriptor Line(Point from, Point to, Stroke stroke) { drawing.Shapes.Add(new LineShape(from, to, stroke)); return this; }

    public DrawingDescriptor Polygon(IReadOnlyList<Point> points, Paint paint)
    {
        if (points.Count < 3) throw new DocumentComposeException("A polygon needs at least three points.");
        drawing.Shapes.Add(new PolygonShape(points, paint));
        return this;
    }

    /// <summary>Text with its baseline at <paramref name="origin"/>, anchored at its start, middle or end.</summary>
    public DrawingDescriptor Text(Point origin, string text, TextStyle? style = null, TextAnchor anchor = TextAnchor.Start)
    {
        drawing.Shapes.Add(new TextShape(origin, text, style ?? new TextStyle(), anchor));
        return this;
    }
}
