using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Data.Loading;

/// <summary>What loading a report folder gives: the report model, its computed score, and every problem found.</summary>
/// <param name="Report">
/// The report, or null when a required part (metadata, template, standards, texts, recommendations) could not be read.
/// It may exist beside errors (a stated rating that disagrees, a footnote without text) so that a draft can be
/// previewed: anything published must check <see cref="Succeeded"/>.
/// </param>
/// <param name="Score">The computed ratings, score and overall rating (null with <see cref="Report"/>).</param>
/// <param name="Diagnostics">Every error and warning, each with file, line and column.</param>
/// <param name="TemplateFolder">The template's folder (<c>templates/hmip-youth-2021/1</c>) when it was found.</param>
public sealed record LoadResult(Report? Report, ReportScore? Score, DiagnosticBag Diagnostics, string? TemplateFolder)
{
    /// <summary>A report with no error (warnings allowed): fit to publish.</summary>
    public bool Succeeded => Report is not null && !Diagnostics.HasErrors;
}
