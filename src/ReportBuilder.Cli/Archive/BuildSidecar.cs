namespace ReportBuilder.Cli.Archive;

/// <summary>
/// What one archive run recorded about one PDF it wrote (<c>&lt;out&gt;/.archive/&lt;id&gt;.json</c>), written after the PDF is in place,
/// so that a re-run after a kill can skip the reports already done. Trusted only when the input hash, the tool version and
/// the PDF's own SHA-256 all still match.
/// </summary>
public sealed record BuildSidecar(ManifestEntry Entry, string Tool, long Milliseconds);
