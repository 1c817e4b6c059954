namespace ReportBuilder.Cli.Archive;

/// <summary>The outcome of one report in an archive run: built, reused from an earlier run, or failed.</summary>
public sealed record ArchiveItemResult(string Id, ManifestEntry? Entry, ManifestFailure? Failure, long Milliseconds, bool Reused)
{
    public bool Succeeded => Entry is not null;
}

/// <summary>What an archive run gave: the manifest and the number of reports reused from an interrupted run.</summary>
public sealed record ArchiveResult(Manifest Manifest, int Reused, bool Cancelled)
{
    public bool HasFailures => Manifest.Failures.Count > 0;
}

/// <summary>Told about each report as it finishes (from several threads at once); the console decides how to show it.</summary>
public interface IArchiveProgress
{
    void Started(int total);

    void Completed(ArchiveItemResult result);
}
