namespace ReportBuilder.Pipeline.Building;

/// <summary>Which edition a build makes. PNG pages come with the PDF (<see cref="ReportBuildRequest.RenderPng"/>): the same layout drawn twice.</summary>
public enum ReportEdition
{
    /// <summary>The tagged PDF (final: PDF/UA and PDF/A; draft: watermarked, with its notes page).</summary>
    Pdf,

    /// <summary>The accessible HTML edition: a folder of files, from the same templates as the PDF; no fonts or layout.</summary>
    Html,
}
