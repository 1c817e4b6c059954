using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Pipeline.Building;

/// <summary>What a build gave: the PDF (null when the report could not be built), its page count and every problem found.</summary>
/// <param name="PngPages">One PNG per page when the request asked for them, else empty.</param>
public sealed record ReportBuildResult(byte[]? Pdf, int Pages, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<byte[]> PngPages)
{
    /// <summary>How long each stage took (load, templates, layout+pdf), for <c>watch</c> to print; empty when unknown.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> Timings { get; init; } = [];

    /// <summary>The loaded report folder (model, score, template folder) when the build succeeded, for the archive's section digests; null when unknown.</summary>
    public LoadResult? Loaded { get; init; }

    public bool Succeeded => Pdf is not null;

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public static ReportBuildResult Failed(IReadOnlyList<Diagnostic> diagnostics) => new(null, 0, diagnostics, []);
}
