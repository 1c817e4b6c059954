using System.Diagnostics;
using ReportBuilder.Pipeline.Building;
using ReportBuilder.Pipeline.Output;
using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Cli.Drafting;

/// <summary>What one draft build gave, and how long it took from the start of the build to the last byte written.</summary>
public sealed record DraftOutcome(bool Written, int Pages, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed, int PngPages)
{
    /// <summary>The pipeline's stages, as the builder reported them.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> Stages { get; init; } = [];

    /// <summary>The draft's bytes as written (null when nothing was), for the live preview to serve.</summary>
    public byte[]? Pdf { get; init; }

    /// <summary>One PNG per page when they were rendered (<c>--png</c> or the preview), else empty.</summary>
    public IReadOnlyList<byte[]> PageImages { get; init; } = [];

    /// <summary>The HTML edition's files (relative path, bytes) when they were made (the preview), else empty.</summary>
    public IReadOnlyList<(string Path, byte[] Bytes)> HtmlEdition { get; init; } = [];

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

/// <summary>Builds a draft and writes it (PDF, and PNG pages if asked) through <see cref="ReportWriter"/>. Shared by <c>draft</c> and <c>watch</c>.</summary>
public sealed class DraftWriter(IReportBuilder builder, Func<DateOnly> today)
{
    public DraftOutcome Write(DraftSettings settings, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var result = builder.Build(new ReportBuildRequest(settings.ReportFolder, BuildMode.Draft, settings.TemplatesRoot, today(),
            RenderPng: settings.PngFolder is not null || settings.RenderPages, Limits: settings.Limits) { AlsoHtml = settings.RenderHtml }, cancellationToken);
        var diagnostics = result.Diagnostics
            .OrderBy(d => d.Span.File, StringComparer.Ordinal).ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column).ToList();
        if (result.Pdf is null) return new DraftOutcome(false, 0, diagnostics, clock.Elapsed, 0) { Stages = result.Timings };

        if (ReportWriter.Write(result, new ReportOutputs(settings.Output, settings.PngFolder)) is { } failure)
            return new DraftOutcome(false, 0, [.. diagnostics, failure.ToDiagnostic()], clock.Elapsed, 0) { Stages = result.Timings };
        return new DraftOutcome(true, result.Pages, diagnostics, clock.Elapsed, settings.PngFolder is null ? 0 : result.PngPages.Count)
        {
            Stages = result.Timings, Pdf = result.Pdf, PageImages = result.PngPages, HtmlEdition = result.Html ?? [],
        };
    }
}
