using System.Threading.Channels;
using ReportBuilder.Cli.Drafting;

namespace ReportBuilder.Cli.Preview;

/// <summary>
/// The latest <see cref="PreviewSnapshot"/>, replaced whole after each rebuild, and the open event streams told of it.
/// The watcher publishes from its thread while the server reads from request threads: readers take the snapshot
/// reference once, and a snapshot never changes.
/// </summary>
public sealed class PreviewState
{
    private readonly Lock _gate = new();
    private readonly List<Channel<int>> _subscribers = [];
    private PreviewSnapshot _current = PreviewSnapshot.Empty;

    public PreviewSnapshot Current => Volatile.Read(ref _current);

    public void Publish(DraftOutcome outcome, string? changed)
    {
        List<Channel<int>> subscribers;
        int build;
        lock (_gate)
        {
            var previous = _current;
            build = previous.Build + 1;
            var fresh = outcome.Written && outcome.PageImages.Count > 0;
            Volatile.Write(ref _current, new PreviewSnapshot(build,
                fresh ? build : previous.PagesBuild, outcome.Written,
                fresh ? outcome.PageImages : previous.Pages,
                fresh ? outcome.HtmlEdition.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal) : previous.Html,
                fresh ? outcome.Pdf : previous.Pdf,
                outcome.Diagnostics, outcome.Elapsed, changed));
            subscribers = [.. _subscribers];
        }
        // Each channel holds one number and drops the older: a slow page needs only the newest, and TryWrite never blocks.
        foreach (var channel in subscribers) channel.Writer.TryWrite(build);
    }

    /// <summary>A stream of build numbers from now on; dispose the subscription when the page goes away.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate) _subscribers.Add(channel);
        return new Subscription(this, channel);
    }

    public sealed class Subscription(PreviewState state, Channel<int> channel) : IDisposable
    {
        public ChannelReader<int> Builds => channel.Reader;

        public void Dispose()
        {
            lock (state._gate) state._subscribers.Remove(channel);
        }
    }
}
