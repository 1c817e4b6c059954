namespace ReportBuilder.SampleData;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by its seed forever. System.Random's seeded sequence is an
/// implementation detail of .NET; sample data must not change when the runtime does.
/// </summary>
public sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => min + (int)(NextUInt64() % (ulong)(max - min + 1));

    public bool Chance(int percent) => Between(1, 100) <= percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];

    /// <summary><paramref name="count"/> distinct items in a random order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        for (var i = pool.Count - 1; i > 0; i--)
        {
            var j = Between(0, i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return pool.Take(Math.Min(count, pool.Count)).ToList();
    }
}
