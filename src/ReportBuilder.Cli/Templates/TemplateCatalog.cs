using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Cli.Templates;

/// <summary>One template set version: <c>templates/&lt;id&gt;/&lt;version&gt;/template.yaml</c>.</summary>
/// <param name="Framework">The framework its template.yaml declares, or null when it declares none or cannot be read.</param>
/// <param name="Problem">Why the template.yaml could not be read, or null.</param>
public sealed record TemplateEntry(string Id, string Version, string Folder, string? Framework, string? Name, string? Problem);

/// <summary>Lists the template sets and versions under a templates root, in ordinal order.</summary>
public static class TemplateCatalog
{
    public static IReadOnlyList<TemplateEntry> List(string templatesRoot)
    {
        var entries = new List<TemplateEntry>();
        foreach (var idFolder in Directory.EnumerateDirectories(templatesRoot).Order(StringComparer.Ordinal))
        foreach (var versionFolder in Directory.EnumerateDirectories(idFolder).Order(StringComparer.Ordinal))
        {
            var manifest = Path.Combine(versionFolder, "template.yaml");
            if (!File.Exists(manifest)) continue;
            var (framework, name, problem) = Read(manifest);
            entries.Add(new TemplateEntry(Path.GetFileName(idFolder), Path.GetFileName(versionFolder), versionFolder, framework, name, problem));
        }
        return entries;
    }

    private static (string?, string?, string?) Read(string manifest)
    {
        try
        {
            using var reader = new StreamReader(manifest);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
                return (null, null, "template.yaml is not a mapping");
            return (Scalar(map, "framework"), Scalar(map, "name") ?? Scalar(map, "description"), null);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            return (null, null, $"template.yaml:{e.Start.Line}:{e.Start.Column}: {e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // YamlDotNet 18 reports some syntax errors (an unclosed '[') as InvalidOperationException.
            return (null, null, $"template.yaml cannot be read: {e.Message}");
        }
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value } ? value : null;
}
