using System.Text.Json.Serialization;

namespace ReportBuilder.Cli.Archive;

/// <summary>One report built: what it was made from and what came out. Everything here must not change between runs.</summary>
/// <param name="InputHash">SHA-256 of the report folder and its template folder (<see cref="InputHasher"/>).</param>
/// <param name="OutputSha256">SHA-256 of the PDF's bytes.</param>
public sealed record ManifestEntry(
    string Id,
    string Template,
    string TemplateVersion,
    string InputHash,
    string OutputSha256,
    int Pages,
    long Bytes)
{
    /// <summary>
    /// A short SHA-256 per section of the report (<c>standard-2.1-findings</c> …, see docs/diff-format.md), so that a
    /// later verify names the sections that changed even without the old folder. Null in manifests written before
    /// issue #17 (they still verify, by output bytes, as before); written only when present.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Sections { get; init; }

    // Value equality over the sections too (a record compares a dictionary by reference).
    public bool Equals(ManifestEntry? other) =>
        other is not null && Id == other.Id && Template == other.Template && TemplateVersion == other.TemplateVersion
        && InputHash == other.InputHash && OutputSha256 == other.OutputSha256 && Pages == other.Pages && Bytes == other.Bytes
        && (Sections is null ? other.Sections is null : other.Sections is not null && Sections.OrderBy(p => p.Key, StringComparer.Ordinal)
            .SequenceEqual(other.Sections.OrderBy(p => p.Key, StringComparer.Ordinal)));

    public override int GetHashCode() => HashCode.Combine(Id, InputHash, OutputSha256, Pages, Bytes);
}

/// <summary>One report that could not be built, with its errors (file:line:column: error: message).</summary>
public sealed record ManifestFailure(string Id, string Template, string TemplateVersion, string InputHash, IReadOnlyList<string> Errors);

/// <summary>How a run went: everything that may differ between two runs of the same archive, kept apart so that comparisons ignore it.</summary>
/// <param name="Tool">The informational version of the reportbuilder that made the manifest.</param>
/// <param name="Shards">"1/1" for a whole archive, "2/4" for one shard, every shard after <c>archive merge</c>.</param>
/// <param name="Milliseconds">Build time per report id; a report reused from an earlier, interrupted run keeps its recorded time.</param>
public sealed record ManifestRun(
    string Tool,
    int Jobs,
    IReadOnlyList<string> Shards,
    long ElapsedMilliseconds,
    IReadOnlyDictionary<string, long> Milliseconds);

/// <summary>
/// <c>manifest.json</c> of an archive run: the reports built and failed, each sorted by id, and a separate <see cref="Run"/>
/// section with timings. Two runs over the same inputs give manifests that differ only in <see cref="Run"/>.
/// </summary>
public sealed record Manifest(int Format, IReadOnlyList<ManifestEntry> Reports, IReadOnlyList<ManifestFailure> Failures, ManifestRun Run)
{
    public const int CurrentFormat = 1;

    public const string FileName = "manifest.json";

    /// <summary>Whether the parts that must not change (reports and failures) are equal; <see cref="Run"/> is ignored.</summary>
    public bool SameContentAs(Manifest other) =>
        Reports.SequenceEqual(other.Reports)
        && Failures.Count == other.Failures.Count
        && Failures.Zip(other.Failures).All(p => p.First.Id == p.Second.Id && p.First.InputHash == p.Second.InputHash
                                                  && p.First.Errors.SequenceEqual(p.Second.Errors));

    /// <summary>Builds a manifest with reports and failures sorted by id (ordinal), whatever order the jobs finished in.</summary>
    public static Manifest Create(IEnumerable<ManifestEntry> reports, IEnumerable<ManifestFailure> failures, ManifestRun run) =>
        new(CurrentFormat,
            reports.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(),
            failures.OrderBy(f => f.Id, StringComparer.Ordinal).ToList(),
            run with { Milliseconds = new SortedDictionary<string, long>(run.Milliseconds.ToDictionary(), StringComparer.Ordinal) });
}
