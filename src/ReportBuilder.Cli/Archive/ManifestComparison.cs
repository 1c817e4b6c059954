namespace ReportBuilder.Cli.Archive;

/// <summary>How one report differs between an earlier manifest and a rebuild.</summary>
public enum ChangeKind
{
    /// <summary>Built both times, different bytes.</summary>
    Changed,

    /// <summary>In the rebuild, not in the earlier manifest.</summary>
    Added,

    /// <summary>In the earlier manifest, not found in the rebuild.</summary>
    Missing,

    /// <summary>Built before, fails now.</summary>
    NowFails,

    /// <summary>Failed before, builds now.</summary>
    NowBuilds,
}

public sealed record ReportChange(string Id, ChangeKind Kind, string Detail)
{
    public override string ToString() => $"{Id}: {Kind switch
    {
        ChangeKind.Changed => "changed",
        ChangeKind.Added => "added",
        ChangeKind.Missing => "missing",
        ChangeKind.NowFails => "now fails",
        _ => "now builds",
    }}{(Detail.Length > 0 ? " (" + Detail + ")" : "")}";
}

/// <summary>Compares a rebuild with an earlier manifest, report by report, on what must not change: the PDF's bytes (by SHA-256).</summary>
public static class ManifestComparison
{
    /// <param name="scope">Only reports in this shard are expected (a sharded verify compares its own shard only).</param>
    /// <returns>Every difference, sorted by id; empty when every report is identical.</returns>
    public static IReadOnlyList<ReportChange> Compare(Manifest earlier, Manifest rebuilt, Shard scope)
    {
        var before = Outcomes(earlier, scope);
        var after = Outcomes(rebuilt, scope);
        var changes = new List<ReportChange>();
        foreach (var id in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var hadBefore = before.TryGetValue(id, out var old);
            var hasNow = after.TryGetValue(id, out var now);
            if (!hasNow) changes.Add(new ReportChange(id, ChangeKind.Missing, ""));
            else if (!hadBefore) changes.Add(new ReportChange(id, ChangeKind.Added, ""));
            else if (old.Entry is not null && now.Entry is null) changes.Add(new ReportChange(id, ChangeKind.NowFails, now.Failure!.Errors.FirstOrDefault() ?? ""));
            else if (old.Entry is null && now.Entry is not null) changes.Add(new ReportChange(id, ChangeKind.NowBuilds, ""));
            else if (old.Entry is not null && now.Entry is not null && old.Entry.OutputSha256 != now.Entry.OutputSha256)
                changes.Add(new ReportChange(id, ChangeKind.Changed, Describe(old.Entry, now.Entry)));
        }
        return changes;
    }

    private static string Describe(ManifestEntry old, ManifestEntry now)
    {
        var parts = new List<string>();
        parts.Add(old.InputHash == now.InputHash ? "same input, different output" : "input changed");
        if (old.Pages != now.Pages) parts.Add($"pages {old.Pages} -> {now.Pages}");
        if (old.Bytes != now.Bytes) parts.Add($"bytes {old.Bytes} -> {now.Bytes}");
        if (old.TemplateVersion != now.TemplateVersion || old.Template != now.Template)
            parts.Add($"template {old.Template}/{old.TemplateVersion} -> {now.Template}/{now.TemplateVersion}");
        return string.Join(", ", parts);
    }

    private static Dictionary<string, (ManifestEntry? Entry, ManifestFailure? Failure)> Outcomes(Manifest manifest, Shard scope)
    {
        var outcomes = new Dictionary<string, (ManifestEntry?, ManifestFailure?)>(StringComparer.Ordinal);
        foreach (var entry in manifest.Reports.Where(r => scope.Contains(r.Id))) outcomes[entry.Id] = (entry, null);
        foreach (var failure in manifest.Failures.Where(f => scope.Contains(f.Id))) outcomes[failure.Id] = (null, failure);
        return outcomes;
    }
}
