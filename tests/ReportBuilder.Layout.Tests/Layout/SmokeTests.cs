using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.TestEngine;

namespace ReportBuilder.Layout.Tests.LayoutTests;

public class SmokeTests
{
    [Fact]
    public void LongColumn_FlowsOverSeveralPages_WithEveryTextTagged()
    {
        var (canvas, result) = Render.Content(c => c.Column(col =>
        {
            col.Spacing(6);
            col.Item().Heading(1, "Introduction");
            for (int i = 0; i < 30; i++) col.Item().Paragraph(p => p.Span(Render.Words(40, i)));
        }));
        Assert.True(result.PageCount > 3, $"pages: {result.PageCount}");
        Assert.All(canvas.Texts, t => Assert.True(t.Structure is not null || t.Artifact is not null));
        Assert.Equal(StructureRole.Document, Assert.Single(canvas.Roots).Role);
    }
}
