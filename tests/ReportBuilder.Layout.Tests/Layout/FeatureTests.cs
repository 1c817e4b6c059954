using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Tests.TestEngine;

namespace ReportBuilder.Layout.Tests.LayoutTests;

public class FeatureTests
{
    [Fact]
    public void KitchenSink_LaysOut_WithBalancedStructure()
    {
        var (canvas, result) = Render.Document(d => KitchenSink.Compose(d));
        Assert.True(result.PageCount >= 3);
        Assert.Empty(result.Warnings);
        Assert.All(canvas.Texts, t => Assert.True(t.Structure is not null || t.Artifact is not null, t.Text));
        Assert.Contains(canvas.AllStructures, s => s.Role == StructureRole.TableOfContents);
        Assert.Contains(canvas.AllStructures, s => s.Role == StructureRole.Note);
    }
}
