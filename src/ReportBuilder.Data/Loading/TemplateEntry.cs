namespace ReportBuilder.Data.Loading;

/// <summary>One template set version: <c>templates/&lt;id&gt;/&lt;version&gt;/template.yaml</c>, as <see cref="TemplateLocator.List"/> finds it.</summary>
/// <param name="Framework">The framework its template.yaml declares, or null when it declares none or cannot be read.</param>
/// <param name="Problem">Why the template.yaml could not be read (<c>template.yaml:3:7: …</c>), or null.</param>
public sealed record TemplateEntry(string Id, string Version, string Folder, string? Framework, string? Name, string? Problem);
