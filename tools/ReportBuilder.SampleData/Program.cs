using ReportBuilder.SampleData;

// reportbuilder-sampledata <out-dir> [--count N] [--seed S]: writes N synthetic report folders (default 20, seed 1).
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: reportbuilder-sampledata <out-dir> [--count N] [--seed S]");
    return args.Length == 0 ? 2 : 0;
}
var count = 20;
var seed = 1;
for (var i = 1; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--count" when i + 1 < args.Length && int.TryParse(args[i + 1], out var c) && c >= 0: count = c; i++; break;
        case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], out var s): seed = s; i++; break;
        default:
            Console.Error.WriteLine($"unexpected argument '{args[i]}' (expected --count N or --seed S)");
            return 2;
    }
}
var reports = SampleReportGenerator.Generate(args[0], count, seed);
Console.WriteLine($"Wrote {reports.Count} report folder(s) to {args[0]} " +
                  $"({reports.Count(r => r.Framework == "hmip-youth-2021")} hmip-youth-2021, {reports.Count(r => r.Framework == "hmip-youth-2018")} hmip-youth-2018).");
return 0;
