using YamlDotNet.RepresentationModel;

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
        string? templateFolder = null;
        var root = templatesRoot ?? TemplatesRoot.Find(folder);
        if (root is not null && templateId is not null && version is not null && IsPlainName(templateId) && IsPlainName(version))
        {
            var candidate = System.IO.Path.Combine(root, templateId, version);
            if (Directory.Exists(candidate)) templateFolder = candidate;
        }
        return new ReportFolder(id, folder, templateId, version, templateFolder);
    }

    // A template name is one path segment: "../x" must not lead the hash (or the build) outside the templates root.
    private static bool IsPlainName(string name) =>
        name.Length > 0 && name != "." && name != ".." && name.IndexOfAny(['/', '\\', ':']) < 0;

    private static (string?, string?) ReadTemplateReference(string reportYaml)
    {
        try
        {
            using var reader = new StreamReader(reportYaml);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map) return (null, null);
            return (Scalar(map, "template"), Scalar(map, "template_version"));
        }
        // YamlDotNet 18 throws InvalidOperationException, not a YamlException, for some syntax errors (an unclosed '['):
        // a save with a typo must not end `watch` or an archive run, whose loader then reports the error properly.
        catch (Exception e) when (e is IOException or YamlDotNet.Core.YamlException or UnauthorizedAccessException or InvalidOperationException)
        {
            return (null, null);
        }
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value } ? value : null;
}

/// <summary>Where template sets live: the nearest <c>templates/</c> folder walking up from a report folder (as the loader does).</summary>
public static class TemplatesRoot
{
    public static string? Find(string startFolder)
    {
        for (var dir = new DirectoryInfo(System.IO.Path.GetFullPath(startFolder)); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "templates");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>From the report folder, else from the current directory.</summary>
    public static string? Resolve(string? explicitRoot, string reportOrDataFolder) =>
        explicitRoot ?? Find(reportOrDataFolder) ?? Find(Directory.GetCurrentDirectory());
}
