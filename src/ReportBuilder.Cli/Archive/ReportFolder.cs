using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;
using ReportBuilder.Yaml;

namespace ReportBuilder.Cli.Archive;

/// <summary>A report folder found in an archive: its id (the folder's name) and the template version its <c>report.yaml</c> names.</summary>
/// <param name="TemplateId">The <c>template</c> of report.yaml, or null when it could not be read (the build then reports why).</param>
/// <param name="TemplateFolder">The template's folder when it exists, else null.</param>
public sealed record ReportFolder(string Id, string Path, string? TemplateId, string? TemplateVersion, string? TemplateFolder)
{
    /// <summary>"hmip-youth-2021/1", or "?" for what could not be read.</summary>
    public string TemplateName => $"{TemplateId ?? "?"}/{TemplateVersion ?? "?"}";

    /// <summary>Every immediate sub-folder of <paramref name="dataDirectory"/> that holds a <c>report.yaml</c>, in ordinal order of id.</summary>
    public static IReadOnlyList<ReportFolder> Discover(string dataDirectory, string? templatesRoot)
    {
        return Directory.EnumerateDirectories(dataDirectory)
            .Where(d => File.Exists(System.IO.Path.Combine(d, "report.yaml")))
            .Select(d => Read(d, templatesRoot))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads the template reference of one report folder; a broken report.yaml leaves it unknown rather than throwing.</summary>
    public static ReportFolder Read(string folder, string? templatesRoot)
    {
        var id = System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(folder));
        var (templateId, version) = ReadTemplateReference(System.IO.Path.Combine(folder, "report.yaml"));
        var root = templatesRoot ?? TemplateLocator.FindTemplatesRoot(folder, Directory.GetCurrentDirectory());
        var templateFolder = root is not null && templateId is not null && version is not null ? TemplateLocator.FolderOf(root, templateId, version) : null;
        return new ReportFolder(id, folder, templateId, version, templateFolder);
    }

    /// <summary>
    /// <c>template</c> and <c>template_version</c> of report.yaml, through the one YAML reader. A broken file leaves them
    /// unknown rather than failing: a save with a typo must not end <c>watch</c> or an archive run, whose loader then
    /// reports the error properly.
    /// </summary>
    private static (string?, string?) ReadTemplateReference(string reportYaml)
    {
        string text;
        try
        {
            text = File.ReadAllText(reportYaml);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null);
        }
        if (YamlText.ParseMapping(text, reportYaml, new DiagnosticBag(), YamlCodes.ReportFolder) is not { } map) return (null, null);
        return (YamlText.Scalar(map, "template"), YamlText.Scalar(map, "template_version"));
    }
}
