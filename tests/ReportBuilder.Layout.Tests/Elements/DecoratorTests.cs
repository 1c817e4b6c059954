using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Elements;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Tests.TestEngine;

namespace ReportBuilder.Layout.Tests.Elements;

public class ShowEntireTests
{
    [Fact]
    public void Measure_ReturnsWrap_WhenChildOnlyPartlyFits()
    {
        var element = new ShowEntire { Child = new MockBlock { Height = 300, Splittable = true } };
        var plan = element.Measure(UnitEngine.Context(), new Size(400, 200));
        Assert.Equal(SpacePlanKind.Wrap, plan.Kind);
    }

    [Fact]
    public void Measure_ReturnsFullRender_WhenChildFits()
    {
        var element = new ShowEntire { Child = new MockBlock { Height = 100, Splittable = true } };
        var plan = element.Measure(UnitEngine.Context(), new Size(400, 200));
        Assert.Equal(SpacePlan.Full(100, 100), plan);
    }

    [Fact]
    public void Measure_ReturnsPartialRender_WhenChildIsTallerThanAnEmptyPage()
    {
        var element = new ShowEntire { Child = new MockBlock { Height = 900, Splittable = true } };
        var plan = element.Measure(UnitEngine.Context(pageHasContent: false), new Size(400, 600));
        Assert.Equal(SpacePlanKind.PartialRender, plan.Kind);
    }
}

public class EnsureSpaceTests
{
    [Fact]
    public void Measure_ReturnsWrap_WhenLessThanMinHeightIsLeft()
    {
        var element = new EnsureSpace { MinHeight = 120, Child = new MockBlock { Height = 300, Splittable = true } };
        Assert.Equal(SpacePlanKind.Wrap, element.Measure(UnitEngine.Context(), new Size(400, 100)).Kind);
    }

    [Fact]
    public void Measure_ReturnsPartialRender_WhenMinHeightIsLeft()
    {
        var element = new EnsureSpace { MinHeight = 120, Child = new MockBlock { Height = 300, Splittable = true } };
        Assert.Equal(SpacePlanKind.PartialRender, element.Measure(UnitEngine.Context(), new Size(400, 150)).Kind);
    }

    [Fact]
    public void Measure_AllowsContinuation_OnLaterPages()
    {
        var context = UnitEngine.Context();
        var element = new EnsureSpace { MinHeight = 120, Child = new MockBlock { Height = 300, Splittable = true } };
        element.Draw(context, new Point(0, 0), new Size(400, 150));
        Assert.Equal(SpacePlanKind.PartialRender, element.Measure(context, new Size(400, 100)).Kind);
    }
}

public class PageBreakTests
{
    [Fact]
    public void Measure_ReturnsPartialRender_WhenPageHasContent()
    {
        Assert.Equal(SpacePlanKind.PartialRender, new PageBreak().Measure(UnitEngine.Context(), new Size(400, 100)).Kind);
    }

    [Fact]
    public void Measure_ReturnsFullRender_AtTopOfEmptyPage()
    {
        Assert.Equal(SpacePlanKind.FullRender, new PageBreak().Measure(UnitEngine.Context(pageHasContent: false), new Size(400, 100)).Kind);
    }

    [Fact]
    public void Measure_ReturnsEmpty_AfterDraw()
    {
        var context = UnitEngine.Context();
        var element = new PageBreak();
        element.Draw(context, new Point(0, 0), new Size(400, 100));
        Assert.Equal(SpacePlanKind.Empty, element.Measure(context, new Size(400, 100)).Kind);
    }
}

public class PaddingTests
{
    [Fact]
    public void Measure_AddsPaddingToChildSize()
    {
        var element = new Padding { Left = 5, Top = 10, Right = 5, Bottom = 10, Child = new MockBlock { Height = 50, Width = 100 } };
        Assert.Equal(SpacePlan.Full(110, 70), element.Measure(UnitEngine.Context(), new Size(400, 200)));
    }

    [Fact]
    public void Measure_ReturnsWrap_WhenChildDoesNotFitInsidePadding()
    {
        var element = new Padding { Top = 10, Bottom = 10, Child = new MockBlock { Height = 50 } };
        Assert.Equal(SpacePlanKind.Wrap, element.Measure(UnitEngine.Context(), new Size(400, 60)).Kind);
    }

    [Fact]
    public void Draw_OffsetsChild()
    {
        var block = new MockBlock { Height = 50 };
        new Padding { Left = 7, Top = 9, Child = block }.Draw(UnitEngine.Context(), new Point(10, 20), new Size(400, 200));
        Assert.Equal(new Point(17, 29), Assert.Single(block.Draws).Origin);
    }
}

public class ColumnTests
{
    [Fact]
    public void Measure_ReturnsPartialRender_WhenSecondChildWraps()
    {
        var column = new Column { Spacing = 10 };
        column.Items.Add(new MockBlock { Height = 100 });
        column.Items.Add(new MockBlock { Height = 100 });
        var plan = column.Measure(UnitEngine.Context(), new Size(400, 150));
        Assert.Equal(SpacePlan.Partial(100, 100), plan);
    }

    [Fact]
    public void Measure_ReturnsWrap_WhenFirstChildWraps()
    {
        var column = new Column();
        column.Items.Add(new MockBlock { Height = 100 });
        Assert.Equal(SpacePlanKind.Wrap, column.Measure(UnitEngine.Context(), new Size(400, 50)).Kind);
    }

    [Fact]
    public void Measure_MovesKeepWithNextChildToNextPage_WhenItsNextChildWraps()
    {
        var column = new Column();
        column.Items.Add(new MockBlock { Height = 100 });
        column.Items.Add(new MockBlock { Height = 20, KeepWithNextFlag = true });
        column.Items.Add(new MockBlock { Height = 100 });
        var plan = column.Measure(UnitEngine.Context(), new Size(400, 150));
        Assert.Equal(SpacePlan.Partial(100, 100), plan);
    }

    [Fact]
    public void Measure_KeepsKeepWithNextChild_WhenNextChildStartsOnThePage()
    {
        var column = new Column();
        column.Items.Add(new MockBlock { Height = 100 });
        column.Items.Add(new MockBlock { Height = 20, KeepWithNextFlag = true });
        column.Items.Add(new MockBlock { Height = 100, Splittable = true });
        var plan = column.Measure(UnitEngine.Context(), new Size(400, 150));
        Assert.Equal(SpacePlan.Partial(100, 150), plan);
    }

    [Fact]
    public void Draw_PlacesChildrenWithSpacing_AndContinuesWhereItStopped()
    {
        var context = UnitEngine.Context();
        var a = new MockBlock { Height = 40 };
        var b = new MockBlock { Height = 40 };
        var column = new Column { Spacing = 10 };
        column.Items.Add(a);
        column.Items.Add(b);
        column.Draw(context, new Point(0, 0), new Size(400, 60));
        Assert.Equal(new Point(0, 0), Assert.Single(a.Draws).Origin);
        Assert.Empty(b.Draws);
        column.Draw(context, new Point(0, 0), new Size(400, 60));
        Assert.Equal(new Point(0, 0), Assert.Single(b.Draws).Origin);
        Assert.Equal(SpacePlanKind.Empty, column.Measure(context, new Size(400, 60)).Kind);
    }
}

public class RowTests
{
    [Fact]
    public void Measure_TakesTallestItem_AndSharesRelativeWidth()
    {
        var row = new Row { Spacing = 10 };
        var a = new MockBlock { Height = 30 };
        var b = new MockBlock { Height = 70 };
        row.Items.Add(new Row.Item(a, Row.WidthKind.Constant, 100));
        row.Items.Add(new Row.Item(b, Row.WidthKind.Relative, 1));
        var context = UnitEngine.Context();
        Assert.Equal(70, row.Measure(context, new Size(400, 200)).Height);
        row.Draw(context, new Point(0, 0), new Size(400, 200));
        Assert.Equal(110, Assert.Single(b.Draws).Origin.X);
    }

    [Fact]
    public void Measure_ReturnsWrap_WhenAnItemWraps()
    {
        var row = new Row();
        row.Items.Add(new Row.Item(new MockBlock { Height = 30 }, Row.WidthKind.Relative, 1));
        row.Items.Add(new Row.Item(new MockBlock { Height = 300 }, Row.WidthKind.Relative, 1));
        Assert.Equal(SpacePlanKind.Wrap, row.Measure(UnitEngine.Context(), new Size(400, 200)).Kind);
    }
}
