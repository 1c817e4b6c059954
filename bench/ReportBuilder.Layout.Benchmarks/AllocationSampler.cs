using System.Diagnostics.Tracing;

namespace ReportBuilder.Layout.Benchmarks;

/// <summary>Counts the runtime's allocation samples (one per ~100 KB allocated) by type: where a layout's garbage comes from.</summary>
public sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> bytes = [];
    private bool on;

    public void Start() { lock (bytes) { bytes.Clear(); on = true; } }
    public void Stop() { lock (bytes) on = false; }

    public IEnumerable<(string Type, long Bytes)> Top(int n)
    {
        lock (bytes) return bytes.OrderByDescending(kv => kv.Value).Take(n).Select(kv => (kv.Key, kv.Value)).ToList();
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        int typeIndex = e.PayloadNames!.IndexOf("TypeName"), amountIndex = e.PayloadNames.IndexOf("AllocationAmount64");
        if (typeIndex < 0) return;
        string type = e.Payload[typeIndex] as string ?? "?";
        long amount = amountIndex >= 0 ? Convert.ToInt64(e.Payload[amountIndex]) : 100_000;
        lock (bytes) bytes[type] = bytes.GetValueOrDefault(type) + amount;
    }
}
