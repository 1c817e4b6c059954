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
//   … -- gc | alloc | ratio [kind] | fresh [kind] | pdf KIND PAGES [COUNT]                                                              (see docs/benchmarks.md)
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
if (args.Length > 0 && args[0] == "pdf")
{
    // pdf KIND PAGES [COUNT]: lays out and writes the PDF (into memory) COUNT times, printing each time (for perf).
    var fonts = FontCollection.FromFolder(LayoutBenchmarks.FontsFolder());
    var document = Documents.Create(fonts, Enum.Parse<DocumentKind>(args[1]), int.Parse(args[2]));
    for (int i = 0; i < (args.Length > 3 ? int.Parse(args[3]) : 3); i++)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var stream = new MemoryStream();
        int pages = document.Generate(new PdfCanvas(stream)).PageCount;
        Console.WriteLine($"{args[1]} {pages} pages: {clock.Elapsed.TotalMilliseconds:0} ms, {stream.Length / 1e6:0.0} MB");
        // RB_PDF_OUT=file keeps the PDF (to compare the bytes two builds write).
        if (Environment.GetEnvironmentVariable("RB_PDF_OUT") is { Length: > 0 } path) File.WriteAllBytes(path, stream.ToArray());
    }
    return;
}
if (args.Length > 0 && args[0] == "ratio")
{
    // The 1,000 ÷ 100 ratio of each kind in one process, the two sizes taking turns for about 30 s so that both meet the
    // same machine: medians of many layouts, of one document again and again ("same") and of copies enough for 1,000
    // pages laid out in turn, as the BenchmarkDotNet run does ("in turn"; see LayoutBenchmarks.Copies).
    // Documents composed and laid out once each: the fresh mode.
    var fonts = FontCollection.FromFolder(LayoutBenchmarks.FontsFolder());
    var kinds = args.Length > 1 ? [Enum.Parse<DocumentKind>(args[1])] : LayoutBenchmarks.Kinds.ToList();
    // RB_SIZES=1000 lays out one size only (for perf: its profile alone).
    int[] sizes = Environment.GetEnvironmentVariable("RB_SIZES") is { Length: > 0 } only ? only.Split(',').Select(int.Parse).ToArray() : [100, 1000];
    foreach (var kind in kinds)
    {
        var copies = sizes.Select(n => Enumerable.Range(0, LayoutBenchmarks.Copies(n)).Select(_ => Documents.Create(fonts, kind, n)).ToArray()).ToArray();
        var pages = copies.Select(c => c.Select(d => d.Generate(new NullCanvas()).PageCount).First()).ToArray();
        var same = sizes.Select(_ => new List<double>()).ToArray();
        var turn = sizes.Select(_ => new List<double>()).ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < 30.0 / kinds.Count)
            for (int d = 0; d < sizes.Length; d++)
                foreach (bool inTurn in new[] { false, true })
                    for (int r = 0; r < LayoutBenchmarks.Copies(sizes[d]); r++)
                    {
                        long start = System.Diagnostics.Stopwatch.GetTimestamp();
                        copies[d][inTurn ? r % copies[d].Length : 0].Generate(new NullCanvas());
                        (inTurn ? turn : same)[d].Add(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    }
        static double Median(List<double> t) => t.Order().ElementAt(t.Count / 2);
        foreach (var (name, times) in new[] { ("same", same), ("in turn", turn) })
        {
            if (sizes.Length < 2)
            {
                Console.WriteLine($"{kind,-10} {name,-8} {pages[0],5} pages {times[0].Order().ElementAt(times[0].Count / 2),7:0.00} ms ({times[0].Count} layouts)");
                continue;
            }
            var m = times.Select(Median).ToArray();
            Console.WriteLine($"{kind,-10} {name,-8} {pages[0],5} pages {m[0],7:0.00} ms ({m[0] * 1000 / pages[0],5:0.0} µs/page)  " +
                $"{pages[1],5} pages {m[1],7:0.00} ms ({m[1] * 1000 / pages[1],5:0.0} µs/page)  ratio {m[1] / m[0]:0.0}×  ({times[0].Count} and {times[1].Count} layouts)");
        }
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
        bool fresh = Environment.GetEnvironmentVariable("RB_FRESH") == "1";
        var document = Documents.Create(fonts, kind, 1000);
        document.Generate(new NullCanvas());
        sampler.Start();
        // RB_PDF=1: writing the PDF (PdfCanvas into memory) instead of discarding the drawing.
        bool pdf = Environment.GetEnvironmentVariable("RB_PDF") == "1";
        for (int i = 0; i < 3; i++) (fresh ? Documents.Create(fonts, kind, 1000) : document).Generate(pdf ? new PdfCanvas(new MemoryStream()) : new NullCanvas());
        sampler.Stop();
        Console.WriteLine($"{kind}, 1000 pages, 3 layouts:");
        foreach (var (type, bytes) in sampler.Top(12)) Console.WriteLine($"  {bytes / 1e6,8:0.0} MB  {type}");
    }
    return;
}
if (args.Length > 0 && args[0] == "fresh")
{
    // Documents met once, as a process meets them: each composed (the fluent API), laid out for the first time (shaping,
    // line breaking, the passes) and dropped. Ten 100-page documents in a row against one of 1,000 pages, taking turns,
    // with no collection forced between them: the collections a batch causes are part of its time, whichever document
    // they fall in (forcing one before each document let the short ones leave theirs to the next, unmeasured).
    var fonts = FontCollection.FromFolder(LayoutBenchmarks.FontsFolder());
    var kinds = args.Length > 1 ? [Enum.Parse<DocumentKind>(args[1])] : LayoutBenchmarks.Kinds.ToList();
    int[] sizes = [100, 1000];
    foreach (var kind in kinds)
    {
        var rows = sizes.Select(_ => new List<(double Compose, double Total, double Pause, int Gen0, int Gen1, int Gen2, int Pages)>()).ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < 60.0 / kinds.Count)
            for (int d = 0; d < sizes.Length; d++)
            {
                int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
                var paused = GC.GetTotalPauseDuration();
                double compose = 0;
                int pages = 0;
                long start = System.Diagnostics.Stopwatch.GetTimestamp();
                for (int r = 0; r < LayoutBenchmarks.Copies(sizes[d]); r++)
                {
                    long composing = System.Diagnostics.Stopwatch.GetTimestamp();
                    var document = Documents.Create(fonts, kind, sizes[d]);
                    compose += System.Diagnostics.Stopwatch.GetElapsedTime(composing).TotalMilliseconds;
                    pages += document.Generate(new NullCanvas()).PageCount;
                }
                rows[d].Add((compose, System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds,
                    GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2, pages));
            }
        static double Median(IEnumerable<double> t) { var l = t.Order().ToList(); return l[l.Count / 2]; }
        var perPage = rows.Select(r => Median(r.Select(x => x.Total / x.Pages))).ToArray();
        for (int d = 0; d < sizes.Length; d++)
        {
            var r = rows[d];
            int copies = LayoutBenchmarks.Copies(sizes[d]);
            Console.WriteLine($"{kind,-10} {copies,3} × {r[0].Pages / copies,5} pages: {Median(r.Select(x => x.Total)),7:0} ms ({perPage[d] * 1000,5:0} µs a page; composing {Median(r.Select(x => x.Compose)),5:0} ms); " +
                $"GC pause {Median(r.Select(x => x.Pause)),5:0} ms, gc0/1/2 {Median(r.Select(x => (double)x.Gen0))}/{Median(r.Select(x => (double)x.Gen1))}/{Median(r.Select(x => (double)x.Gen2))} ({r.Count} rounds)");
        }
        Console.WriteLine($"{kind,-10} 1,000 ÷ 100, by the page: {perPage[1] / perPage[0] * 10:0.0}×");
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

        /// <summary>
        /// Copies of the document enough for about 1,000 pages, laid out in turn: one copy for 1,000 pages, ten for 100.
        /// </summary>
        /// <remarks>
        /// Laying out one 100-page document (14 to 22 MB of elements, lines and recorded calls) again and again measures it
        /// with all of it in the processor's 32 MB cache from the layout before, which a 1,000-page one (140 to 180 MB)
        /// never is: the 1,000 ÷ 100 ratio then measured the cache, 14 to 16× where the cost per page is flat from 300 pages
        /// up. A process meets a document once (a build, an archive's next report), with its memory cold; ten copies in
        /// turn give the short documents that same cold start. The same document again is what the <c>ratio</c> mode
        /// also prints (docs/benchmarks.md has both).
        /// </remarks>
        private Document[] documents = [];
        private int next;

        public static int Copies(int pages) => Math.Max(1, CopyPages / pages);

        // BENCH_COPY_PAGES=3000: copies enough for 3,000 pages instead (thirty of 100 pages), to see what the cache does.
        public static int CopyPages =>
            Environment.GetEnvironmentVariable("BENCH_COPY_PAGES") is { Length: > 0 } n ? int.Parse(n) : 1000;

        [GlobalSetup]
        public void Setup()
        {
            var fonts = FontCollection.FromFolder(FontsFolder());
            documents = Enumerable.Range(0, Copies(Pages)).Select(_ => Documents.Create(fonts, Kind, Pages)).ToArray();
            foreach (var d in documents) d.Generate(new NullCanvas()); // warm the shaping caches as a long-lived process would
        }

        private Document Next() => documents[next++ % documents.Length];

        [Benchmark(Baseline = true)]
        public int LayoutOnly() => Next().Generate(new NullCanvas()).PageCount;

        [Benchmark]
        public long LayoutAndPdf()
        {
            var stream = new MemoryStream();
            Next().Generate(new PdfCanvas(stream));
            return stream.Length;
        }
    }
}
