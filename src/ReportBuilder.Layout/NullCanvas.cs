using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Layout;

/// <summary>
/// A canvas that takes pages and nothing else: what layout costs alone, without a backend (benchmarks, profiling,
/// a page count before a real render). Being neither a drawing nor a document canvas, it is sent no other call.
/// </summary>
public sealed class NullCanvas : ICanvas
{
    private bool pageOpen;

    /// <summary>Pages finished so far.</summary>
    public int Pages { get; private set; }

    public void BeginPage(Size size)
    {
        if (pageOpen) throw new InvalidOperationException("BeginPage called before EndPage of the previous page.");
        pageOpen = true;
    }

    public void EndPage()
    {
        if (!pageOpen) throw new InvalidOperationException("EndPage without BeginPage.");
        pageOpen = false;
        Pages++;
    }
}
