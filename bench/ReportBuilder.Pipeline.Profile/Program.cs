// Where a warm whole-report build spends its time: the same report built N times in one process, each stage timed.
//   dotnet run -c Release --project bench/ReportBuilder.Pipeline.Profile -- data/lincolnshire-2023 [runs=20] [--draft]
// Beside the cold stages, each run also times the templates stage over a warm PipelineCache and a whole warm rebuild
// through PipelineReportBuilder (what watch runs), so that cold and warm are measured in the same run.
// Times are the thread's CPU time, which other processes disturb far less than wall time. Stages: load (report folder), templates (Scriban + Markdig + layout composition), layout alone (a discarding
// canvas), then layout + PDF through PdfCanvas, split into the canvas's drawing calls and EndDocument (save).
using System.Diagnostics;
using System.Runtime.InteropServices;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Text;
using ReportBuilder.Pdf;
using ReportBuilder.Pipeline;
using ReportBuilder.Pipeline.Building;
using ReportBuilder.Pipeline.Warm;
using ReportBuilder.Templating;
using ReportBuilder.Templating.Markdown.Renderers.Layout;

var folder = args.Length > 0 ? args[0] : "data/lincolnshire-2023";
var runs = args.Length > 1 && int.TryParse(args[1], out var r) ? r : 20;
var draft = args.Contains("--draft") ? new DraftMarks(new DateOnly(2026, 11, 26)) : null;
var templatesRoot = TemplateLocator.FindTemplatesRoot(folder, Directory.GetCurrentDirectory())!;
var fonts = FontCollection.FromFolder(Path.Combine(Path.GetDirectoryName(templatesRoot)!, "fonts"));
var stages = new Dictionary<string, List<double>>();
// The warm pipeline's caches (what one watch session keeps), beside the cold renderer above: both in every run.
var cache = new PipelineCache();
var warmRenderer = new ReportRenderer(templatesRoot, HtmlEditionBuilder.TemplateContexts(ReportLimits.Default, templatesRoot, CancellationToken.None, cache.Templates), cache.TemplateSets);
var builder = new PipelineReportBuilder(cache);
var request = new ReportBuildRequest(folder, draft is null ? BuildMode.Final : BuildMode.Draft, templatesRoot, new DateOnly(2026, 11, 26));
void Add(string stage, TimeSpan t) => (stages.TryGetValue(stage, out var l) ? l : stages[stage] = []).Add(t.TotalMilliseconds);

byte[]? first = null;
var pages = 0;
for (var i = 0; i < runs + 2; i++)
{
    var gen0 = GC.CollectionCount(0);
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var total = CpuClock.StartNew();
    var clock = CpuClock.StartNew();
    var loaded = ReportFolderLoader.Load(folder, new ReportLoadOptions { TemplatesRoot = templatesRoot });
    var load = clock.Elapsed; clock.Restart();
    var a0 = GC.GetAllocatedBytesForCurrentThread();
    var diagnostics = loaded.Diagnostics;
    var rendered = new ReportRenderer(templatesRoot, new ReportBuilder.Templating.Scriban.TemplateContextFactory { Files = new ReportBuilder.Data.Reading.ReportFileReader(templatesRoot, 1 << 20) }).Render(loaded.Report!, loaded.Score!, fonts, diagnostics, default, draft)
        ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
    var templates = clock.Elapsed; clock.Restart();
    var a1Cold = GC.GetAllocatedBytesForCurrentThread();
    // Not counted in the totals below: the same stage over the warm caches, then a whole warm rebuild (as watch runs it).
    total.Stop(); clock.Restart();
    warmRenderer.Render(loaded.Report!, loaded.Score!, fonts, new DiagnosticBag(), default, draft);
    var warmTemplates = clock.Elapsed; clock.Restart();
    var warmBuild = builder.Build(request);
    var warmTotal = clock.Elapsed; clock.Restart();
    total.Start();
    var a1 = GC.GetAllocatedBytesForCurrentThread();
    rendered.Layout.Generate(new NullCanvas());
    var layoutOnly = clock.Elapsed; clock.Restart();
    var a2 = GC.GetAllocatedBytesForCurrentThread();
    using var stream = new MemoryStream();
    var timed = new TimedCanvas(new PdfCanvas(stream, new PdfCanvasOptions { PdfA = args.Contains("--pdfa") }));
    pages = rendered.Layout.Generate(timed).PageCount;
    var layoutPdf = clock.Elapsed;
    var a3 = GC.GetAllocatedBytesForCurrentThread();
    var totalTime = total.Elapsed;
    if (i < 2) { first ??= stream.ToArray(); continue; } // warm-up
    if (!stream.ToArray().AsSpan().SequenceEqual(first)) Console.Error.WriteLine($"run {i}: bytes differ from the first run");
    Add("load", load); Add("templates", templates); Add("layout only (discarding canvas)", layoutOnly);
    Add("layout+pdf", layoutPdf); Add("  pdf drawing calls", timed.Drawing); Add("  pdf EndDocument (save)", timed.End);
    Add("total (without layout-only)", totalTime - layoutOnly);
    Add("templates, warm caches", warmTemplates);
    Add("whole rebuild, warm (PipelineReportBuilder)", warmTotal);
    if (warmBuild.Pdf is null) Console.Error.WriteLine($"run {i}: the warm build failed");
    stages.TryAdd("gen0 GCs", []); stages["gen0 GCs"].Add(GC.CollectionCount(0) - gen0);
    foreach (var (name, mb) in new[] { ("MB templates", (a1Cold - a0) / 1e6), ("MB layout only", (a2 - a1) / 1e6), ("MB layout+pdf", (a3 - a2) / 1e6) })
    { stages.TryAdd(name, []); stages[name].Add(mb); }
    stages.TryAdd("allocated MB (cold path)", []); stages["allocated MB (cold path)"].Add((GC.GetAllocatedBytesForCurrentThread() - allocated - (a1 - a1Cold)) / 1e6);
}
Console.WriteLine("(milliseconds of this thread's CPU time)");
Console.WriteLine($"{folder}: {pages} pages, {first!.Length:N0} bytes, {runs} warm runs, GC server={System.Runtime.GCSettings.IsServerGC} latency={System.Runtime.GCSettings.LatencyMode}");
foreach (var (stage, values) in stages)
{
    values.Sort();
    Console.WriteLine($"{stage,-34} median {values[values.Count / 2],8:F1}  min {values[0],8:F1}");
}

/// <summary>This thread's CPU time (CLOCK_THREAD_CPUTIME_ID): what the work costs, whatever else the machine is running.</summary>
sealed class CpuClock
{
    [StructLayout(LayoutKind.Sequential)] struct TimeSpec { public long Sec; public long Nsec; }
    [DllImport("libc")] static extern int clock_gettime(int clock, out TimeSpec time);
    static long Now() { clock_gettime(3, out var t); return t.Sec * 1_000_000_000 + t.Nsec; }
    long _start, _sum; bool _running;
    public static CpuClock StartNew() { var c = new CpuClock(); c.Start(); return c; }
    public void Start() { _start = Now(); _running = true; }
    public void Stop() { _sum += Now() - _start; _running = false; }
    public void Restart() { _sum = 0; Start(); }
    public TimeSpan Elapsed => TimeSpan.FromTicks((_sum + (_running ? Now() - _start : 0)) / 100);
}

/// <summary>Times a PDF canvas's calls: drawing and the document's calls apart from writing the file at the end.</summary>
sealed class TimedCanvas(PdfCanvas inner) : ICanvas, IDrawingCanvas, IDocumentCanvas
{
    readonly CpuClock _drawing = new();
    readonly CpuClock _end = new();
    public TimeSpan Drawing => _drawing.Elapsed;
    public TimeSpan End => _end.Elapsed;
    void T(Action a) { _drawing.Start(); a(); _drawing.Stop(); }
    public void BeginDocument(DocumentDescription d) => T(() => inner.BeginDocument(d));
    public void BeginPage(Size s) => T(() => inner.BeginPage(s));
    public void EndPage() => T(inner.EndPage);
    public void EndDocument() { _end.Start(); inner.EndDocument(); _end.Stop(); }
    public void BeginStructure(StructureElement e) => T(() => inner.BeginStructure(e));
    public void EndStructure() => T(inner.EndStructure);
    public void BeginArtifact(ArtifactKind k) => T(() => inner.BeginArtifact(k));
    public void EndArtifact() => T(inner.EndArtifact);
    public void BeginLink(Rect a, LinkTarget t, string? alt) => T(() => inner.BeginLink(a, t, alt));
    public void EndLink() => T(inner.EndLink);
    public void DrawText(string text, FontFace font, double size, Color color, Point origin) => T(() => inner.DrawText(text, font, size, color, origin));
    public void DrawRectangle(Rect rect, Paint paint) => T(() => inner.DrawRectangle(rect, paint));
    public void DrawEllipse(Rect bounds, Paint paint) => T(() => inner.DrawEllipse(bounds, paint));
    public void DrawPolygon(IReadOnlyList<Point> points, Paint paint) => T(() => inner.DrawPolygon(points, paint));
    public void DrawLine(Point from, Point to, Stroke stroke) => T(() => inner.DrawLine(from, to, stroke));
    public void DrawImage(Rect rect, ImageData image) => T(() => inner.DrawImage(rect, image));
    public void AddAnchor(string name, Point position) => T(() => inner.AddAnchor(name, position));
    public void BeginRotation(Point center, double degrees) => T(() => inner.BeginRotation(center, degrees));
    public void EndRotation() => T(inner.EndRotation);
}
