namespace ReportBuilder.Pdf.Tests;

/// <summary>
/// PDFsharp's save takes no token: for thousands of pages it ran for seconds past a build's time limit (issue #14,
/// the 900 KB heading). The canvas's own token stops it, and nothing is written.
/// </summary>
public class CancellationTests
{
    [Fact]
    public void EndDocument_WithACancelledToken_StopsTheSaveAndWritesNothing()
    {
        using var stream = new MemoryStream();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var canvas = new PdfCanvas(stream, null, cancelled.Token);

        Assert.ThrowsAny<OperationCanceledException>(() => Sample.TwoPages(new SampleCanvas(canvas)));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void EndDocument_WithATokenNotCancelled_WritesTheSameBytesAsWithout()
    {
        using var stream = new MemoryStream();
        using var live = new CancellationTokenSource();
        Sample.TwoPages(new SampleCanvas(new PdfCanvas(stream, null, live.Token)));

        Assert.Equal(Sample.Render(Sample.TwoPages), stream.ToArray());
    }
}
