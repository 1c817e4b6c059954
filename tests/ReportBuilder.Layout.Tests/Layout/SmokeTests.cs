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

    [Fact]
    public void NullCanvas_ReceivesTheSamePagesAsARecordingCanvas()
    {
        var document = Document.Create(TestFonts.Collection, d => KitchenSink.Compose(d));
        var recorded = new RecordingCanvas();
        var discarded = new NullCanvas();
        int recordedPages = document.Generate(recorded).PageCount;

        Assert.Equal(recordedPages, document.Generate(discarded).PageCount);
        Assert.Equal(recordedPages, discarded.Pages);
        Assert.True(recordedPages > 1);
    }
}
