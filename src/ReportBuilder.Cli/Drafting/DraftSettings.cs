using ReportBuilder.Data.Loading;

namespace ReportBuilder.Cli.Drafting;

/// <summary>Where a draft goes.</summary>
/// <param name="Output">The PDF to write (default <c>out/&lt;folder&gt;.draft.pdf</c>, beside the final's <c>out/&lt;folder&gt;.pdf</c>).</param>
/// <param name="PngFolder">When set, every page is also written there as <c>page-001.png</c>, …</param>
/// <param name="Limits">File, template, page and time limits (<c>--limit</c>); null for the defaults.</param>
public sealed record DraftSettings(string ReportFolder, string Output, string? PngFolder, string? TemplatesRoot, ReportLimits? Limits = null)
{
    /// <summary>Render every page as PNG in memory even without <see cref="PngFolder"/> (the live preview shows them).</summary>
    public bool RenderPages { get; init; }

    /// <summary>Make the HTML edition in memory too, from the same build (the live preview's HTML view).</summary>
    public bool RenderHtml { get; init; }

    /// <summary><c>out/&lt;folder name&gt;.draft.pdf</c> under the current directory.</summary>
    public static string DefaultOutput(string reportFolder) =>
        Path.Combine("out", Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(reportFolder))) + ".draft.pdf");
}
