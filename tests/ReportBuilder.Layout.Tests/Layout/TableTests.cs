using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.TestEngine;

namespace ReportBuilder.Layout.Tests.LayoutTests;

public class TableTests
{
    private static (RecordingCanvas Canvas, LayoutResult Result) LongTable(int rows = 40) => Render.Content(c => c.Table(t =>
    {
        t.ColumnsDefinition(cols => { cols.ConstantColumn(60); cols.RelativeColumn(); cols.AutoColumn(); });
        t.Border(0.5, Color.Black);
        t.Header(h => { h.Cell().Text("Name"); h.Cell().Text("Description"); h.Cell().Text("Rating"); });
        for (int r = 0; r < rows; r++)
        {
            t.Cell().Text($"Row {r + 1}");
            t.Cell().Text(Render.Words(3 + r % 9, r));
            t.Cell().Text(r % 2 == 0 ? "Good" : "Outstanding");
        }
    }));

    [Fact]
    public void Header_IsRepeatedOnTheSecondPage_AsAnArtifact()
    {
        var (canvas, result) = LongTable();
        Assert.True(result.PageCount >= 2);
        var headers = canvas.Texts.Where(t => t.Text == "Name").ToList();
        Assert.Equal(Enumerable.Range(0, result.PageCount).ToList(), headers.Select(h => h.PageIndex).ToList());
        Assert.Equal(StructureRole.TableHeaderCell, headers[0].Structure!.Parent!.Role);
        Assert.All(headers.Skip(1), h => Assert.Equal(ArtifactKind.Layout, h.Artifact));
        // The repeated header sits at the top of the body, above the first row of that page.
        var second = headers[1];
        var firstRowOnPage2 = canvas.TextsOn(1).Where(t => t.Text.StartsWith("Row ")).Min(t => t.Origin.Y);
        Assert.True(second.Origin.Y < firstRowOnPage2);
        Assert.True(second.Origin.Y < 40);
    }

    [Fact]
    public void Rows_AreKeptWhole()
    {
        var (canvas, _) = LongTable();
        var rows = canvas.AllStructures.Where(s => s.Role == StructureRole.TableRow).ToList();
        Assert.Equal(41, rows.Count); // the header once, then every row once
        foreach (var row in rows)
            Assert.Single(row.Descendants().SelectMany(d => d.Texts).Select(t => t.PageIndex).Distinct());
    }

    [Fact]
    public void TableStructure_IsOneTableAcrossPages_WithScopedHeaders()
    {
        var (canvas, _) = LongTable();
        var table = Assert.Single(canvas.AllStructures, s => s.Role == StructureRole.Table);
        Assert.True(table.Descendants().SelectMany(d => d.Texts).Select(t => t.PageIndex).Distinct().Count() >= 2);
        Assert.All(canvas.AllStructures.Where(s => s.Role == StructureRole.TableHeaderCell), th => Assert.Equal(TableHeaderScope.Column, th.Element.Scope));
    }

    [Fact]
    public void Spans_CoverTheirColumnsAndRows()
    {
        var (canvas, _) = Render.Content(c => c.Table(t =>
        {
            t.ColumnsDefinition(cols => { cols.RelativeColumn(); cols.RelativeColumn(); cols.RelativeColumn(); });
            t.Cell(o => o.ColumnSpan(2)).Text("wide");
            t.Cell(o => o.RowSpan(2)).Text("tall");
            t.Cell().Text("a");
            t.Cell().Text("b");
        }));
        var cells = canvas.AllStructures.Where(s => s.Role == StructureRole.TableDataCell).ToList();
        Assert.Equal(2, cells.Single(c => c.AllText == "wide").Element.ColumnSpan);
        Assert.Equal(2, cells.Single(c => c.AllText == "tall").Element.RowSpan);
        var a = canvas.Texts.Single(t => t.Text == "a");
        var b = canvas.Texts.Single(t => t.Text == "b");
        var tall = canvas.Texts.Single(t => t.Text == "tall");
        Assert.Equal(a.Origin.Y, b.Origin.Y, 3);
        Assert.True(b.Origin.X < tall.Origin.X);
        Assert.Equal(20 + 4, a.Origin.X, 3);
    }

    [Fact]
    public void AutoColumn_IsAsWideAsItsWidestCell()
    {
        var (canvas, _) = Render.Content(c => c.Table(t =>
        {
            t.ColumnsDefinition(cols => { cols.RelativeColumn(); cols.AutoColumn(); });
            t.Cell().Text("left");
            t.Cell().Text("Outstanding");
        }));
        var auto = canvas.Texts.Single(t => t.Text == "Outstanding");
        Assert.Equal(280 - 4, auto.Origin.X + auto.Width, 2);
    }

    [Fact]
    public void RowTallerThanAPage_IsSplitAcrossPages()
    {
        var (canvas, result) = Render.Content(c => c.Table(t =>
        {
            t.ColumnsDefinition(cols => { cols.RelativeColumn(); cols.RelativeColumn(); });
            t.Cell().Text(Render.Words(400));
            t.Cell().Text("short");
        }));
        Assert.True(result.PageCount >= 2);
        Assert.Equal([0], Inspect.PagesOf(canvas, "short"));
    }

    [Fact]
    public void Compose_RejectsCellsOverlappingOrSpanningPastTheTable()
    {
        Assert.Throws<DocumentComposeException>(() => Render.Content(c => c.Table(t =>
        {
            t.ColumnsDefinition(cols => cols.RelativeColumn());
            t.Cell(o => o.ColumnSpan(2)).Text("x");
        })));
        Assert.Throws<DocumentComposeException>(() => Render.Content(c => c.Table(t =>
        {
            t.ColumnsDefinition(cols => { cols.RelativeColumn(); cols.RelativeColumn(); });
            t.Cell(o => o.At(1, 1).RowSpan(2)).Text("x");
            t.Cell(o => o.At(2, 1)).Text("y");
        })));
    }
}
