namespace ReportBuilder.Cli.Archive;

/// <summary>The result of joining shard manifests: the manifest and every problem that makes it incomplete or doubtful.</summary>
/// <param name="Errors">Contradictions (the same report twice with different results, shards of different counts).</param>
/// <param name="Warnings">Gaps (a shard missing).</param>
public sealed record MergeResult(Manifest Manifest, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);

/// <summary>Joins the manifests of the shards of one archive into the manifest an unsharded run would have written.</summary>
public static class ManifestMerger
{
    public static MergeResult Merge(IReadOnlyList<(string Path, Manifest Manifest)> parts)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        var reports = new Dictionary<string, (ManifestEntry Entry, string From)>(StringComparer.Ordinal);
        var failures = new Dictionary<string, (ManifestFailure Failure, string From)>(StringComparer.Ordinal);
        var milliseconds = new Dictionary<string, long>(StringComparer.Ordinal);
        var shards = new List<Shard>();

        foreach (var (path, manifest) in parts)
        {
            foreach (var text in manifest.Run.Shards)
            {
                if (Shard.TryParse(text, out var shard, out _)) shards.Add(shard);
                else errors.Add($"{path}: unreadable shard '{text}'.");
            }
            foreach (var entry in manifest.Reports)
            {
                if (reports.TryGetValue(entry.Id, out var seen) && seen.Entry != entry)
                    errors.Add($"{entry.Id}: different results in {seen.From} and {path}.");
                else if (failures.TryGetValue(entry.Id, out var failed))
                    errors.Add($"{entry.Id}: fails in {failed.From} but builds in {path}.");
                else reports[entry.Id] = (entry, path);
            }
            foreach (var failure in manifest.Failures)
            {
                if (reports.TryGetValue(failure.Id, out var built))
                    errors.Add($"{failure.Id}: builds in {built.From} but fails in {path}.");
                else failures[failure.Id] = (failure, path);
            }
            foreach (var (id, ms) in manifest.Run.Milliseconds) milliseconds[id] = ms;
        }

        var counts = shards.Select(s => s.Count).Distinct().ToList();
        if (counts.Count > 1) errors.Add($"The manifests come from different shardings ({string.Join(", ", shards.Select(s => s.ToString()).Distinct())}).");
        else if (counts.Count == 1)
        {
            foreach (var duplicate in shards.GroupBy(s => s).Where(g => g.Count() > 1))
                warnings.Add($"Shard {duplicate.Key} is given {duplicate.Count()} times.");
            var missing = Enumerable.Range(1, counts[0]).Where(k => !shards.Contains(new Shard(k, counts[0]))).ToList();
            if (missing.Count > 0) warnings.Add($"Missing shard(s): {string.Join(", ", missing.Select(k => $"{k}/{counts[0]}"))}.");
        }

        var first = parts.Count > 0 ? parts[0].Manifest.Run : null;
        var run = new ManifestRun(
            first?.Tool ?? "",
            first?.Jobs ?? 0,
            shards.Distinct().OrderBy(s => s.Index).Select(s => s.ToString()).ToList(),
            parts.Count == 0 ? 0 : parts.Max(p => p.Manifest.Run.ElapsedMilliseconds),
            milliseconds);
        foreach (var tool in parts.Select(p => p.Manifest.Run.Tool).Distinct().Skip(1))
            warnings.Add($"The shards were built by different reportbuilder versions ({first?.Tool} and {tool}).");

        var merged = Manifest.Create(reports.Values.Select(r => r.Entry), failures.Values.Select(f => f.Failure), run);
        return new MergeResult(merged, errors, warnings);
    }
}
