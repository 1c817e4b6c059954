using ReportBuilder.Data.Loading;

namespace ReportBuilder.Cli.Archive;

/// <summary>What <see cref="ArchiveRunner"/> builds and where.</summary>
/// <param name="Jobs">Reports built at once; defaults to the processor count.</param>
/// <param name="TemplatesRoot">The folder of template sets; null for the nearest <c>templates/</c> above the data folder.</param>
/// <param name="Resume">Reuse PDFs an earlier, interrupted run left complete (false under <c>--verify</c>, which must rebuild).</param>
public sealed record ArchiveOptions(
    string DataDirectory,
    string OutputDirectory,
    int Jobs,
    Shard Shard,
    string? TemplatesRoot = null,
    bool Resume = true)
{
    /// <summary>Each report's file, template, page and time limits; null for the defaults. A report over them fails alone.</summary>
    public ReportLimits? Limits { get; init; }
}
