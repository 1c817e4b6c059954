namespace ReportBuilder.Data.Loading;

/// <summary>How <see cref="ReportFolderLoader"/> finds what lies outside the report folder.</summary>
public sealed record ReportLoadOptions
{
    /// <summary>
    /// The folder holding <c>&lt;template id&gt;/&lt;version&gt;/template.yaml</c>. When null (the default), the nearest
    /// <c>templates/</c> folder walking up from the report folder is used, else the nearest walking up from
    /// <see cref="CurrentDirectory"/>.
    /// </summary>
    public string? TemplatesRoot { get; init; }

    /// <summary>The directory relative paths are resolved and displayed against; defaults to the process's current directory.</summary>
    public string? CurrentDirectory { get; init; }

    /// <summary>File size and count limits, checked before anything is read; see <see cref="ReportLimits"/>.</summary>
    public ReportLimits Limits { get; init; } = ReportLimits.Default;

    /// <summary>The build's time limit: checked between the pieces of every file read.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// Whether a placeholder left by <c>reportbuilder new</c> (<c>TODO:</c>) is an error, as it is when a final report
    /// is built; false (the default) reports it as a warning, for <c>check</c> and drafts.
    /// </summary>
    public bool PlaceholdersAreErrors { get; init; }
}
