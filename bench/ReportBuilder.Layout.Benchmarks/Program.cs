using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Benchmarks;
using ReportBuilder.Layout.Text;
using ReportBuilder.Pdf;

// Usage:
//   dotnet run -c Release --project bench/ReportBuilder.Layout.Benchmarks -- --filter '*'      (BenchmarkDotNet, in-process)
//   dotnet run -c Release --project bench/ReportBuilder.Layout.Benchmarks -- pages             (page counts of each document)
if (args.Length > 0 && args[0] == "pages")
{
    var fonts = FontCollection.FromFolder(LayoutBenchmarks.FontsFolder());
    foreach (var kind in Enum.GetValues<DocumentKind>())
        foreach (var pages in new[] { 10, 100, 1000 })
        {
            var canvas = new NullCanvas();
            var result = Documents.Create(fonts, kind, pages).Generate(canvas);
            Console.WriteLine($"{kind} {pages}: {result.PageCount} pages, {result.Passes} passes");
        }
    return;
}
if (args.Length > 0 && args[0] == "alloc")
{
    // Which types a layout allocates, sampled by the runtime (about one sample per 100 KB).
    var fonts = FontCollection.FromFolder(LayoutBenchmarks.FontsFolder());
    using var sampler = new AllocationSampler();
    foreach (var kind in LayoutBenchmarks.Kinds)
    {
        var document = Documents.Create(fonts, kind, 1000);
        document.Generate(new NullCanvas());
        sampler.Start();
        for (int i = 0; i < 3; i++) document.Generate(new NullCanvas());
        sampler.Stop();
        Console.WriteLine($"{kind}, 1000 pages, 3 layouts:");
        foreach (var (type, bytes) in sampler.Top(12)) Console.WriteLine($"  {bytes / 1e6,8:0.0} MB  {type}");
    }
    return;
}
if (args.Length > 0 && args[0] == "gc")
{
    // A quick look without BenchmarkDotNet: time, allocation and collections per layout, each size in turn.
    var fonts = FontCollection.FromFolder(LayoutBenchmarks.FontsFolder());
    var kinds = LayoutBenchmarks.Kinds.ToList();
    var sizes = LayoutBenchmarks.PageCounts.Where(p => p >= 100).ToList();
    foreach (var kind in kinds)
        foreach (var pages in sizes)
        {
            long empty = GC.GetTotalMemory(true);
            var document = Documents.Create(fonts, kind, pages);
            document.Generate(new NullCanvas());
            long held = GC.GetTotalMemory(true) - empty;
            var times = new List<double>();
            long bytes = 0;
            int[] gcs = new int[3];
            int made = 0;
            var pauses = new List<double>();
            var cpus = new List<double>();
            int runs = pages >= 1000 ? 5 : 30;
            for (int r = 0; r < runs; r++)
            {
                GC.Collect();
                long before = GC.GetTotalAllocatedBytes(true);
                int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
                var paused = GC.GetTotalPauseDuration();
                var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                var sw = System.Diagnostics.Stopwatch.StartNew();
                int count = document.Generate(new NullCanvas()).PageCount;
                times.Add(sw.Elapsed.TotalMilliseconds);
                cpus.Add((System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
                pauses.Add((GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
                bytes = GC.GetTotalAllocatedBytes(true) - before;
                gcs = [GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2];
                made = count;
            }
            times.Sort();
            Console.WriteLine($"{kind,-9} {made,5} pages: median {times[times.Count / 2],8:0.00} ms  min {times[0],8:0.00} ms  cpu median {cpus.Order().ElementAt(cpus.Count / 2),7:0.0} min {cpus.Min(),7:0.0} ms  {bytes / 1e6,7:0.0} MB ({bytes / made / 1024.0:0.0} KB/page)  gc0/1/2 {gcs[0]}/{gcs[1]}/{gcs[2]}  GC pause median {pauses.Order().ElementAt(pauses.Count / 2):0.0} ms  document {held / 1e6:0.0} MB");
            GC.KeepAlive(document);
        }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(LayoutBenchmarks).Assembly).Run(args, LayoutBenchmarks.Config());

namespace ReportBuilder.Layout.Benchmarks
{
    [MemoryDiagnoser]
    public class LayoutBenchmarks
    {
        private Document document = null!;

        [ParamsSource(nameof(Kinds))]
        public DocumentKind Kind { get; set; }

        [ParamsSource(nameof(PageCounts))]
        public int Pages { get; set; }

        // BENCH_KINDS=Text,Table and BENCH_PAGES=10,100 narrow a run (default: every kind at 10, 100 and 1000 pages).
        public static IEnumerable<DocumentKind> Kinds =>
            Environment.GetEnvironmentVariable("BENCH_KINDS") is { Length: > 0 } k ? k.Split(',').Select(Enum.Parse<DocumentKind>) : Enum.GetValues<DocumentKind>();

        public static IEnumerable<int> PageCounts =>
            Environment.GetEnvironmentVariable("BENCH_PAGES") is { Length: > 0 } p ? p.Split(',').Select(int.Parse) : [10, 100, 1000];

        // BENCH_ITERATIONS=15 measures more times (a shared machine needs it for a fair min; default 3, enough for the slow PDF cases).
        public static int Iterations =>
            Environment.GetEnvironmentVariable("BENCH_ITERATIONS") is { Length: > 0 } n ? int.Parse(n) : 3;

        public static IConfig Config() => ManualConfig.CreateMinimumViable()
            // In process (no child build, seconds to start); a long timeout because a 1000-page PDF takes many seconds.
            // Throughput iterations of about half a second each (many layouts of a short document, one or a few of a long
            // one): on a shared machine a single 7 ms layout often runs untouched inside one scheduler slice while a
            // 100 ms one never does, so timing single layouts flattered the short documents and skewed the ratio.
            .AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
                .WithStrategy(RunStrategy.Throughput).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(Iterations))
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min)
            .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(20));

        public static string FontsFolder()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "fonts", "LiberationSans-Regular.ttf"))) return Path.Combine(dir.FullName, "fonts");
            throw new DirectoryNotFoundException("fonts/ not found");
        }

        [GlobalSetup]
        public void Setup()
        {
            document = Documents.Create(FontCollection.FromFolder(FontsFolder()), Kind, Pages);
            document.Generate(new NullCanvas()); // warm the shaping caches as a long-lived process would
        }

        [Benchmark(Baseline = true)]
        public int LayoutOnly() => document.Generate(new NullCanvas()).PageCount;

        [Benchmark]
        public long LayoutAndPdf()
        {
            var stream = new MemoryStream();
            document.Generate(new PdfCanvas(stream));
            return stream.Length;
        }
    }
}
