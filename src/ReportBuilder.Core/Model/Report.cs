namespace ReportBuilder.Core.Model;

/// <summary>A whole report folder, loaded and validated. Immutable; ratings computed from it by <see cref="Ratings.ReportScore"/>.</summary>
/// <param name="Folder">The report folder as the user named it.</param>
/// <param name="Framework">The framework the template declares (<c>hmip-youth-2021</c>).</param>
/// <param name="Survey">The children's survey, or null when the report has none.</param>
public sealed record Report(
    string Folder,
    ReportMetadata Metadata,
    Ratings.Framework Framework,
    IReadOnlyList<Domain> Domains,
    IReadOnlyList<Standard> Standards,
    Recommendations Recommendations,
    Survey? Survey,
    CaseCounts Cases,
    ReportTexts Texts)
{
    /// <summary>The images the report's Markdown places (<c>![text](images/x.png)</c>), read from the report folder.</summary>
    public ImageLibrary Images { get; init; } = ImageLibrary.Empty;

    /// <summary>The images of the template set's own <c>images/</c> folder (the cover's logo), for the templates' output.</summary>
    public ImageLibrary TemplateImages { get; init; } = ImageLibrary.Empty;

    public Standard? Standard(string id) => Standards.FirstOrDefault(s => s.Id == id);

    public Domain? Domain(int number) => Domains.FirstOrDefault(d => d.Number == number);

    public IEnumerable<Standard> StandardsOf(int domain) => Standards.Where(s => s.Domain == domain);
}
