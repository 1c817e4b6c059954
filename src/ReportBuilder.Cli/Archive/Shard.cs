using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReportBuilder.Cli.Archive;

/// <summary>
/// Shard K of N (1-based): the reports whose id hashes to K-1 modulo N. Every id falls in exactly one shard, and the
/// same one on every machine and in every .NET version, so that a batch scheduler can run the shards anywhere.
/// </summary>
/// <remarks>The hash is the first 8 bytes of SHA-256 over the id's UTF-8, read big-endian; never <c>string.GetHashCode</c>, which is randomised per process.</remarks>
public readonly record struct Shard(int Index, int Count)
{
    public static Shard All { get; } = new(1, 1);

    public bool IsAll => Count == 1;

    public bool Contains(string reportId) => ShardOf(reportId, Count) == Index;

    /// <summary>The 1-based shard of <paramref name="reportId"/> among <paramref name="count"/>.</summary>
    public static int ShardOf(string reportId, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(reportId));
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count) + 1;
    }

    /// <summary>Reads <c>K/N</c> with 1 &lt;= K &lt;= N; the error names what was expected.</summary>
    public static bool TryParse(string? text, out Shard shard, out string? error)
    {
        shard = All;
        error = null;
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            error = $"--shard expects K/N, such as 1/4 (got '{text}').";
            return false;
        }
        if (n < 1 || k < 1 || k > n)
        {
            error = $"--shard {text}: K must be from 1 to N and N at least 1.";
            return false;
        }
        shard = new Shard(k, n);
        return true;
    }

    public override string ToString() => $"{Index}/{Count}";
}
