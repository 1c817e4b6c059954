using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Data.Loading;

/// <summary>What loading a report folder gives: the report when it is free of errors, and every problem found.</summary>
/// <param name="Report">The validated report, or null when <see cref="Diagnostics"/> holds an error.</param>
/// <param name="Score">The computed ratings, score and overall rating (null with <see cref="Report"/>).</param>
/// <param name="Diagnostics">Every error and warning, each with file, line and column.</param>
/// <param name="TemplateFolder">The template's folder (<c>templates/hmip-youth-2021/1</c>) when it was found.</param>
public sealed record LoadResult(Report? Report, ReportScore? Score, DiagnosticBag Diagnostics, string? TemplateFolder)
{
    public bool Succeeded => Report is not null;
}
