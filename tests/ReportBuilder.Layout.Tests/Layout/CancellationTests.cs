using System.Reflection;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;
using ReportBuilder.Layout.Tests.TestEngine;

namespace ReportBuilder.Layout.Tests.LayoutTests;

/// <summary>
/// <see cref="LayoutOptions.CancellationToken"/> stops a run between pages, in layout and in drawing: a report's time
/// limit reaches a document that would otherwise run to its page cap.
/// </summary>
public class CancellationTests
{
    /// <summary>A body that never ends (far past the page cap) and cancels the run when drawn on page <paramref name="cancelOn"/>.</summary>
    private sealed class EndlessBlock(CancellationTokenSource cts, int cancelOn) : Element
    {
        public int Pages { get; private set; }

        public override void ResetState() => Pages = 0;

        protected override SpacePlan MeasureCore(LayoutContext context, Size available) =>
            available.Height > 0 ? SpacePlan.Partial(available.Width, available.Height) : SpacePlan.Wrap("no room");

        protected override void DrawCore(LayoutContext context, Point origin, Size available)
        {
            context.MarkContent();
            if (++Pages == cancelOn) cts.Cancel();
        }
    }

    private static (Document Document, EndlessBlock Block) Endless(CancellationTokenSource cts, int cancelOn)
    {
        var block = new EndlessBlock(cts, cancelOn);
        var document = Document.Create(TestFonts.Collection, d => d.Section(s =>
        {
            s.Size(new Size(300, 400)).Margin(20);
            ((Container)s.Content()).Set(block, "an endless block");
        }));
        return (document, block);
    }

    [Fact]
    public void Generate_Throws_BeforeDrawingAnything_WhenAlreadyCancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var canvas = new RecordingCanvas();
        var document = Document.Create(TestFonts.Collection, d => d.Section(s => s.Content().Paragraph(p => p.Span(Render.Words(20)))));

        Assert.ThrowsAny<OperationCanceledException>(() => document.Generate(canvas, new LayoutOptions { CancellationToken = cts.Token }));
        Assert.Null(canvas.Description);
        Assert.Empty(canvas.Calls);
    }

    [Fact]
    public void Generate_StopsLayingOut_AtTheNextPage_WhenCancelledMidRun()
    {
        using var cts = new CancellationTokenSource();
        var (document, block) = Endless(cts, cancelOn: 5);
        var canvas = new RecordingCanvas();

        Assert.ThrowsAny<OperationCanceledException>(() => document.Generate(canvas, new LayoutOptions { CancellationToken = cts.Token }));
        Assert.Equal(5, block.Pages);          // the page being laid out is finished, the next one is not begun
        Assert.Null(canvas.Description);       // nothing reached the canvas
    }

    [Fact]
    public void Generate_WithoutAToken_RunsTheSameDocumentToThePageCap()
    {
        using var cts = new CancellationTokenSource();
        var (document, block) = Endless(cts, cancelOn: int.MaxValue);
        var error = Assert.Throws<PageLimitException>(() => document.Generate(new RecordingCanvas(), new LayoutOptions { MaxPages = 40 }));
        Assert.Equal(40, error.Limit);
        Assert.Equal(40, block.Pages);
    }

    [Fact]
    public void Generate_StopsDrawing_AtTheNextPage_WhenCancelledWhileDrawing()
    {
        using var cts = new CancellationTokenSource();
        var document = Document.Create(TestFonts.Collection, d => d.Section(s =>
        {
            s.Size(new Size(300, 400)).Margin(20);
            s.Content().Column(c =>
            {
                for (int i = 0; i < 40; i++) c.Item().Paragraph(p => p.Span(Render.Words(60, i)));
            });
        }));
        var (canvas, probe) = CancellingCanvas.Create(cts, cancelOnPage: 2);

        Assert.ThrowsAny<OperationCanceledException>(() => document.Generate(canvas, new LayoutOptions { CancellationToken = cts.Token }));
        Assert.Equal(2, probe.PagesBegun);
        Assert.False(probe.Ended);
    }

    /// <summary>
    /// A canvas that counts pages and cancels when page <see cref="CancelOnPage"/> begins, and draws nothing. A proxy
    /// rather than a class: it answers every member of the canvas contracts, including any they gain later.
    /// </summary>
    public class CancellingCanvas : DispatchProxy
    {
        /// <summary>Every canvas contract at once, so the proxy is sent every call the engine makes.</summary>
        public interface IEveryCanvas : ICanvas, IDrawingCanvas, IDocumentCanvas;

        public CancellationTokenSource? Source { get; set; }
        public int CancelOnPage { get; set; }
        public int PagesBegun { get; private set; }
        public bool Ended { get; private set; }

        public static (ICanvas Canvas, CancellingCanvas Probe) Create(CancellationTokenSource cts, int cancelOnPage)
        {
            var canvas = DispatchProxy.Create<IEveryCanvas, CancellingCanvas>();
            var probe = (CancellingCanvas)(object)canvas;
            probe.Source = cts;
            probe.CancelOnPage = cancelOnPage;
            return (canvas, probe);
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            if (method?.Name == nameof(ICanvas.BeginPage) && ++PagesBegun == CancelOnPage) Source!.Cancel();
            if (method?.Name == nameof(IDocumentCanvas.EndDocument)) Ended = true;
            return null;
        }
    }
}
