using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;
using ReportBuilder.Pipeline.PageText;

namespace ReportBuilder.Pipeline.Building;

/// <summary>What a build gave: the PDF (null when the report could not be built), its page count and every problem found.</summary>
/// <param name="PngPages">One PNG per page when the request asked for them, else empty.</param>
public sealed record ReportBuildResult(byte[]? Pdf, int Pages, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<byte[]> PngPages)
{
    /// <summary>How long each stage took (load, templates, layout+pdf), for <c>watch</c> to print; empty when unknown.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> Timings { get; init; } = [];

    /// <summary>
    /// The loaded report folder (model, score, template folder) when the build succeeded, for the archive's section digests;
    /// with <see cref="ReportEdition.PageText"/> whenever the folder was read (diff compares the model even when the pages
    /// could not be laid out); null when unknown.
    /// </summary>
    public LoadResult? Loaded { get; init; }

    /// <summary>The HTML edition's files (relative path, bytes) when the request asked for that edition and it was built; else null.</summary>
    public IReadOnlyList<(string Path, byte[] Bytes)>? Html { get; init; }

    /// <summary>The templates' Markdown, narratives inlined, when the request asked for it (<see cref="ReportBuildRequest.EmitMarkdown"/>).</summary>
    public string? Markdown { get; init; }

    /// <summary>
    /// The body text of each page when the request asked for <see cref="ReportEdition.PageText"/> and the layout finished
    /// within the page and time limits; else null.
    /// </summary>
    public PageTextCanvas? PageText { get; init; }

    /// <summary>Whether the edition asked for was built (a PDF, the HTML edition's files, or the page text).</summary>
    public bool Succeeded => Pdf is not null || Html is not null || PageText is not null;

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public static ReportBuildResult Failed(IReadOnlyList<Diagnostic> diagnostics) => new(null, 0, diagnostics, []);
}
