using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Data.Loading;

/// <summary>A template folder found under the templates root, with the framework its <c>template.yaml</c> declares.</summary>
/// <param name="Folder">The full path of <c>templates/&lt;id&gt;/&lt;version&gt;/</c>.</param>
public sealed record TemplateInfo(string Id, string Version, string Folder, Framework? Framework)
{
    /// <summary>What the set requires of a report folder (<c>template.yaml</c> <c>required:</c>); everything when it does not say.</summary>
    public RequiredParts Required { get; init; } = RequiredParts.Everything;
}
