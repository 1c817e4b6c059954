using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Elements;

/// <summary>A table: fixed, relative and auto column widths, row and column spans, header rows repeated on every page.</summary>
/// <remarks>
/// Rows joined by a row span form a group that is kept whole. A group that does not fit moves to
/// the next page; a single row taller than a whole page is split, each cell continuing on the next
/// page. Header rows are tagged TR/TH on the first page and drawn as artifacts where repeated.
/// </remarks>
internal sealed class Table : Element
{
    private const double Unbounded = 1e7;
    private int nextRow;
    private bool rowInProgress;
    private bool open;
    private bool headerTagged;
    private List<(int Start, int End)>? groups;
    private List<Cell>[]? cellsByRow;
    private int rowCount;
    private int nextGroup;
    private StructureElement? structure;
    private StructureElement[]? rowStructures;

    public enum ColumnKind { Constant, Relative, Auto }
    public sealed record ColumnDef(ColumnKind Kind, double Value);

    public sealed class Cell
    {
        public int Row { get; set; }
        public int Column { get; set; }
        public int RowSpan { get; set; } = 1;
        public int ColumnSpan { get; set; } = 1;
        public bool IsHeader { get; set; }
        public TableHeaderScope Scope { get; set; } = TableHeaderScope.Column;
        public Color? Background { get; set; }
        public Element Content { get; set; } = EmptyElement.Instance;
        /// <summary>The TD or TH, made once: recorded pages share it rather than each pass making its own.</summary>
        public StructureElement? Structure;
    }

    public List<ColumnDef> Columns { get; } = [];
    public List<Cell> Cells { get; } = [];
    public int HeaderRows { get; set; }
    public Stroke? Border { get; set; }
    public string? Summary { get; set; }

    public override IEnumerable<Element> Children => Cells.Select(c => c.Content);
    protected override void ResetChildren() { for (int i = 0; i < Cells.Count; i++) Reset(Cells[i].Content); }
    public override string Describe() => $"Table ({Columns.Count} columns, {rowCount} rows)";

    public override void ResetState()
    {
        nextRow = 0;
        nextGroup = 0;
        rowInProgress = false;
        open = false;
        headerTagged = false;
    }

    private void Freeze()
    {
        if (groups is not null) return;
        rowCount = Cells.Count == 0 ? 0 : Cells.Max(c => c.Row + c.RowSpan);
        Cells.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));
        cellsByRow = new List<Cell>[rowCount];
        for (int r = 0; r < rowCount; r++) cellsByRow[r] = [];
        foreach (var c in Cells) cellsByRow[c.Row].Add(c);
        groups = [];
        int start = HeaderRows;
        while (start < rowCount)
        {
            int end = start + 1;
            for (int r = start; r < end; r++)
                foreach (var c in cellsByRow[r]) end = Math.Max(end, c.Row + c.RowSpan);
            groups.Add((start, end));
            start = end;
        }
    }

    private (double Total, double[] Widths)? widthCache;

    private double[] ColumnWidths(LayoutContext context, double total)
    {
        if (widthCache is { } c && c.Total == total) return c.Widths;
        var widths = ComputeColumnWidths(context, total);
        widthCache = (total, widths);
        return widths;
    }

    private double[] ComputeColumnWidths(LayoutContext context, double total)
    {
        var widths = new double[Columns.Count];
        double fixedSum = 0, relative = 0;
        for (int i = 0; i < Columns.Count; i++)
        {
            var col = Columns[i];
            switch (col.Kind)
            {
                case ColumnKind.Constant: widths[i] = col.Value; fixedSum += col.Value; break;
                case ColumnKind.Relative: relative += col.Value; break;
                default:
                    widths[i] = Cells.Where(c => c.Column == i && c.ColumnSpan == 1).Select(c => c.Content.IntrinsicWidth(context) ?? 0).DefaultIfEmpty(0).Max();
                    fixedSum += widths[i];
                    break;
            }
        }
        if (fixedSum > total && relative == 0 && fixedSum > 0)
            for (int i = 0; i < widths.Length; i++) widths[i] *= total / fixedSum; // squeeze autos that want too much
        double left = Math.Max(0, total - fixedSum);
        for (int i = 0; i < Columns.Count; i++)
            if (Columns[i].Kind == ColumnKind.Relative) widths[i] = left * Columns[i].Value / relative;
        return widths;
    }

    private static double SpanWidth(double[] widths, Cell c)
    {
        double w = 0;
        for (int i = c.Column; i < Math.Min(widths.Length, c.Column + c.ColumnSpan); i++) w += widths[i];
        return w;
    }

    /// <summary>Heights of rows <paramref name="start"/>…<paramref name="end"/> with each cell's content whole.</summary>
    private (double[] Heights, double Reserved) RowHeights(LayoutContext context, double[] widths, int start, int end)
    {
        var heights = new double[end - start];
        double reserved = 0;
        List<(Cell, double)>? spanning = null;
        for (int r = start; r < end; r++)
            foreach (var c in cellsByRow![r])
            {
                var plan = c.Content.Measure(context, new Size(SpanWidth(widths, c), Unbounded));
                reserved += plan.Reserved;
                if (c.RowSpan == 1) heights[c.Row - start] = Math.Max(heights[c.Row - start], plan.Height);
                else (spanning ??= []).Add((c, plan.Height));
            }
        foreach (var (c, h) in spanning ?? [])
        {
            double have = 0;
            for (int r = c.Row; r < c.Row + c.RowSpan; r++) have += heights[r - start];
            if (h > have) heights[c.Row + c.RowSpan - 1 - start] += h - have;
        }
        return (heights, reserved);
    }

    private void ResetHeader(LayoutContext context)
    {
        for (int r = 0; r < HeaderRows; r++)
            foreach (var c in cellsByRow![r]) c.Content.ResetTree(context);
    }

    private sealed record PagePlan(double[] Widths, double[] HeaderHeights, List<(int Start, int End, double[] Heights)> Groups,
        double Height, double Reserved, bool Complete, bool SplitRow, double SplitHeight);

    private PagePlan? Plan(LayoutContext context, Size available, out string? wrap)
    {
        Freeze();
        wrap = null;
        var widths = ColumnWidths(context, available.Width);
        var header = HeaderRows > 0 ? RowHeights(context, widths, 0, HeaderRows).Heights : [];
        double used = header.Sum(), reserved = 0;
        var placed = new List<(int, int, double[])>();
        int g = nextGroup;
        while (g < groups!.Count && groups[g].End <= nextRow) g++;
        if (g >= groups.Count) return new PagePlan(widths, header, placed, 0, 0, true, false, 0);
        for (; g < groups.Count; g++)
        {
            var (s, e) = groups[g];
            if (rowInProgress && s == nextRow) break; // a split row is measured below
            var (heights, r) = RowHeights(context, widths, s, e);
            double gh = heights.Sum();
            if (used + gh + reserved + r > available.Height + 1e-6) break;
            used += gh;
            reserved += r;
            placed.Add((s, e, heights));
        }
        bool complete = g >= groups.Count;
        if (complete) return new PagePlan(widths, header, placed, used, reserved, true, false, 0);
        if (placed.Count > 0) return new PagePlan(widths, header, placed, used, reserved, false, false, 0);

        // Nothing whole fits. A single row may split when it is at the top of a page (taller than a page) or already split.
        var (start, end) = groups[g];
        if (end - start == 1 && (context.AtPageTop || rowInProgress))
        {
            double room = available.Height - used;
            double h = 0;
            bool anyPartial = false;
            context.ParallelDepth++;
            try
            {
                foreach (var c in cellsByRow![start])
                {
                    var plan = c.Content.Measure(context, new Size(SpanWidth(widths, c), room));
                    if (plan.IsWrap) { wrap = plan.WrapReason; return null; }
                    anyPartial |= plan.IsPartial;
                    h = Math.Max(h, plan.Height);
                }
            }
            finally { context.ParallelDepth--; }
            placed.Add((start, end, [h]));
            bool done = !anyPartial && g == groups.Count - 1;
            return new PagePlan(widths, header, placed, used + h, 0, done, anyPartial, room);
        }
        wrap = $"{Describe()}: row {start + 1} (height {RowHeights(context, widths, start, end).Heights.Sum():0.#} pt) does not fit in {available.Height - used:0.#} pt";
        return null;
    }

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        Freeze();
        if (rowCount == 0 || (nextRow >= rowCount && !rowInProgress)) return SpacePlan.Empty;
        var plan = Plan(context, available, out var wrap);
        if (plan is null) return SpacePlan.Wrap(wrap ?? "table row does not fit");
        if (plan.Groups.Count == 0 && !plan.Complete) return SpacePlan.Wrap(wrap ?? "table row does not fit");
        double height = plan.HeaderHeights.Sum() + plan.Height;
        return plan.Complete ? SpacePlan.Full(available.Width, height, plan.Reserved) : SpacePlan.Partial(available.Width, height, plan.Reserved);
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        Freeze();
        if (rowCount == 0) return;
        var plan = Plan(context, available, out _);
        if (plan is null || (plan.Groups.Count == 0 && !plan.Complete)) return;
        context.OpenStructure(ref open, structure ??= new StructureElement(StructureRole.Table) { Title = Summary });
        double y = origin.Y;
        var xs = new double[plan.Widths.Length + 1];
        xs[0] = origin.X;
        for (int i = 0; i < plan.Widths.Length; i++) xs[i + 1] = xs[i] + plan.Widths[i];

        if (HeaderRows > 0)
        {
            // The header is tagged once; where it is repeated it is pagination, not content.
            bool repeat = headerTagged;
            if (repeat) context.BeginArtifact(ArtifactKind.Layout);
            DrawRows(context, xs, 0, HeaderRows, plan.HeaderHeights, y, Unbounded, false);
            if (repeat) context.EndArtifact();
            ResetHeader(context); // ready to be measured and drawn again on the next page
            headerTagged = true;
            y += plan.HeaderHeights.Sum();
        }
        foreach (var (s, e, heights) in plan.Groups)
        {
            DrawRows(context, xs, s, e, heights, y, plan.SplitRow || rowInProgress ? plan.SplitHeight : Unbounded, plan.SplitRow);
            y += heights.Sum();
        }
        if (plan.Groups.Count > 0)
        {
            var last = plan.Groups[^1];
            rowInProgress = plan.SplitRow;
            nextRow = plan.SplitRow ? last.Start : last.End;
            while (nextGroup < groups!.Count && groups[nextGroup].End <= nextRow) nextGroup++;
        }
        if (plan.Complete) { nextRow = rowCount; rowInProgress = false; }
        context.CloseStructure(ref open, plan.Complete);
    }

    private void DrawRows(LayoutContext context, double[] xs, int start, int end, double[] heights, double top, double room, bool split)
    {
        var rowTops = new double[end - start + 1];
        rowTops[0] = top;
        for (int r = 0; r < end - start; r++) rowTops[r + 1] = rowTops[r] + heights[r];
        for (int r = start; r < end; r++)
        {
            rowStructures ??= new StructureElement[rowCount];
            bool openRow = context.BeginStructure(rowStructures[r] ??= new StructureElement(StructureRole.TableRow));
            foreach (var c in cellsByRow![r])
            {
                int lastRow = Math.Min(end, c.Row + c.RowSpan);
                var rect = new Rect(xs[c.Column], rowTops[r - start], xs[Math.Min(xs.Length - 1, c.Column + c.ColumnSpan)] - xs[c.Column],
                    rowTops[lastRow - start] - rowTops[r - start]);
                if (c.Background is { } bg)
                {
                    context.BeginArtifact(ArtifactKind.Layout);
                    context.DrawRectangle(rect, new Paint(bg));
                    context.EndArtifact();
                }
                var role = c.IsHeader ? StructureRole.TableHeaderCell : StructureRole.TableDataCell;
                bool openCell = context.BeginStructure(c.Structure ??= new StructureElement(role)
                {
                    Scope = c.IsHeader ? c.Scope : TableHeaderScope.None, RowSpan = c.RowSpan, ColumnSpan = c.ColumnSpan,
                });
                context.ParallelDepth++;
                var size = new Size(rect.Width, room);
                if (c.Content.Measure(context, size).Draws) c.Content.Draw(context, new Point(rect.X, rect.Y), size);
                context.ParallelDepth--;
                if (openCell) context.EndStructure();
                if (Border is { } b)
                {
                    context.BeginArtifact(ArtifactKind.Layout);
                    context.DrawRectangle(rect, new Paint(null, b.Color, b.Width));
                    context.EndArtifact();
                }
            }
            if (openRow) context.EndStructure();
        }
    }
}
