using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Yaml;

namespace ReportBuilder.Data.Loading;

/// <summary>
/// The one finder of template sets: the templates folder (<see cref="FindTemplatesRoot"/>), the sets in it
/// (<see cref="List"/>), and <c>templates/&lt;id&gt;/&lt;version&gt;/</c> for a report with its <c>template.yaml</c>
/// (id, version, framework), so that a report naming a template that does not exist is an error at the line that
/// names it. The build, <c>new</c>, <c>templates</c> and the archive all look here, so they agree on which set is used.
/// </summary>
public static class TemplateLocator
{
    public const string ManifestName = "template.yaml";

    /// <summary>
    /// The nearest <c>templates/</c> folder walking up from <paramref name="reportFolder"/>, else walking up from
    /// <paramref name="currentDirectory"/>; null when there is none.
    /// </summary>
    public static string? FindTemplatesRoot(string reportFolder, string currentDirectory)
    {
        foreach (var start in new[] { Path.GetFullPath(reportFolder, currentDirectory), currentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "templates");
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        // Last: the template sets shipped beside an installed tool (dotnet tool package), so that a report folder
        // outside any clone still builds.
        var beside = Path.Combine(AppContext.BaseDirectory, "templates");
        return Directory.Exists(beside) ? beside : null;
    }

    /// <summary>The template sets and versions under <paramref name="templatesRoot"/> (those with a template.yaml), in ordinal order.</summary>
    public static IReadOnlyList<TemplateEntry> List(string templatesRoot)
    {
        var entries = new List<TemplateEntry>();
        foreach (var idFolder in Directory.EnumerateDirectories(templatesRoot).Order(StringComparer.Ordinal))
        foreach (var versionFolder in Directory.EnumerateDirectories(idFolder).Order(StringComparer.Ordinal))
        {
            var manifest = Path.Combine(versionFolder, ManifestName);
            if (!File.Exists(manifest)) continue;
            var (framework, name, problem) = ReadListing(manifest);
            entries.Add(new TemplateEntry(Path.GetFileName(idFolder), Path.GetFileName(versionFolder), versionFolder, framework, name, problem));
        }
        return entries;
    }

    /// <summary>
    /// The folder of template <paramref name="id"/> version <paramref name="version"/> when it exists; null otherwise,
    /// and for a name that is not one path segment ("../x" must not lead outside the templates folder).
    /// </summary>
    public static string? FolderOf(string templatesRoot, string id, string version)
    {
        if (!IsPlainName(id) || !IsPlainName(version)) return null;
        var folder = Path.Combine(templatesRoot, id, version);
        return Directory.Exists(folder) ? folder : null;
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name != "." && name != ".." && name.IndexOfAny(['/', '\\', ':']) < 0;

    /// <summary>The framework and name a listing shows, through the one YAML reader; a problem instead of throwing.</summary>
    private static (string? Framework, string? Name, string? Problem) ReadListing(string manifest)
    {
        string text;
        try
        {
            text = File.ReadAllText(manifest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null, $"{ManifestName} cannot be read: {e.Message}");
        }
        var diagnostics = new DiagnosticBag();
        if (YamlText.ParseMapping(text, ManifestName, diagnostics, YamlCodes.TemplateSet) is not { } map)
        {
            var problem = diagnostics.First();
            return (null, null, $"{problem.Span.File}:{problem.Span.Line}:{problem.Span.Column}: {problem.Message}");
        }
        return (YamlText.Scalar(map, "framework"), YamlText.Scalar(map, "name") ?? YamlText.Scalar(map, "description"), null);
    }

    internal static TemplateInfo? Locate(
        TemplateReference reference, string? templatesRoot, string currentDirectory,
        SourceSpan idSpan, SourceSpan versionSpan, DiagnosticBag diagnostics)
    {
        if (templatesRoot is null)
        {
            diagnostics.Error(idSpan, DiagnosticCodes.TemplatesRootNotFound,
                "no 'templates' folder found above the report folder or the current directory; pass --templates <folder>");
            return null;
        }
        if (!Directory.Exists(templatesRoot))
        {
            diagnostics.Error(idSpan, DiagnosticCodes.TemplatesRootNotFound, $"the templates folder '{PathDisplay.Normalise(templatesRoot)}' does not exist");
            return null;
        }
        var ids = Directory.GetDirectories(templatesRoot).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var idFolder = Path.Combine(templatesRoot, reference.Id);
        if (!ids.Contains(reference.Id))
        {
            diagnostics.Error(idSpan, DiagnosticCodes.TemplateNotFound,
                $"template '{reference.Id}' does not exist in {PathDisplay.Relative(templatesRoot, currentDirectory)}{Suggestions.DidYouMean(reference.Id, ids)}; the templates are {(ids.Count == 0 ? "(none)" : string.Join(", ", ids))}");
            return null;
        }
        var versions = Directory.GetDirectories(idFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var folder = Path.Combine(idFolder, reference.Version);
        if (!versions.Contains(reference.Version))
        {
            diagnostics.Error(versionSpan, DiagnosticCodes.TemplateVersionNotFound,
                $"template '{reference.Id}' has no version '{reference.Version}'; its versions are {(versions.Count == 0 ? "(none)" : string.Join(", ", versions))}");
            return null;
        }

        var manifestPath = Path.Combine(folder, ManifestName);
        var display = PathDisplay.Relative(manifestPath, currentDirectory);
        if (!File.Exists(manifestPath))
        {
            diagnostics.Error(SourceSpan.StartOf(display), DiagnosticCodes.TemplateManifest, $"the template has no {ManifestName} (id, version, framework)");
            return new TemplateInfo(reference.Id, reference.Version, folder, null);
        }
        // Templates are read as report files are: inside their own folder, regular files, within the default size limit.
        var file = TextFileReader.Read(new Reading.ReportFileReader(folder, ReportLimits.Default.MaxFileBytes), manifestPath, display, diagnostics);
        if (file is null) return new TemplateInfo(reference.Id, reference.Version, folder, null);
        var map = YamlMap.Parse(file, diagnostics);
        if (map is null) return new TemplateInfo(reference.Id, reference.Version, folder, null);

        var id = map.String("id");
        var version = map.String("version");
        var frameworkId = map.String("framework", expected: "a framework id such as hmip-youth-2021, defined by the set's framework.yaml");
        if (id is not null && id != reference.Id)
            diagnostics.Error(map.SpanOf(map.Raw("id")!), DiagnosticCodes.TemplateManifest, $"'id' is '{id}' but the folder is '{reference.Id}'");
        if (version is not null && version != reference.Version)
            diagnostics.Error(map.SpanOf(map.Raw("version")!), DiagnosticCodes.TemplateManifest, $"'version' is '{version}' but the folder is '{reference.Version}'");
        Framework? framework = null;
        if (frameworkId is not null)
        {
            framework = LoadFramework(folder, currentDirectory, diagnostics);
            if (framework is not null && framework.Id != frameworkId)
            {
                diagnostics.Error(map.SpanOf(map.Raw("framework")!), DiagnosticCodes.UnknownFramework,
                    $"unknown framework '{frameworkId}'{Suggestions.DidYouMean(frameworkId, [framework.Id])}; the set's {FrameworkLoader.FileName} defines '{framework.Id}'");
                framework = null;
            }
        }
        var required = ReadRequiredParts(map, diagnostics);
        // Templates may carry their own settings beside these; the template engine reads them.
        return new TemplateInfo(reference.Id, reference.Version, folder, framework) { Required = required };
    }

    /// <summary>The framework the set is written for, from its <c>framework.yaml</c>; null (with an error) when it is missing or invalid.</summary>
    private static Framework? LoadFramework(string folder, string currentDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(folder, FrameworkLoader.FileName);
        return FrameworkLoader.Read(path, diagnostics, PathDisplay.Relative(path, currentDirectory));
    }

    /// <summary>
    /// <c>required:</c> with <c>chapters</c>, <c>people</c> and <c>samples</c>, each a list of names. A kind the set
    /// does not list keeps the old rule for it (all required), so that only what a set names becomes optional.
    /// </summary>
    private static RequiredParts ReadRequiredParts(YamlMap manifest, DiagnosticBag diagnostics)
    {
        var all = RequiredParts.Everything;
        if (manifest.Map("required", required: false) is not { } map) return all;
        var chapters = Names(map, "chapters", RequiredParts.ChapterNames, diagnostics);
        var people = Names(map, "people", RequiredParts.PeopleNames, diagnostics);
        var samples = Names(map, "samples", null, diagnostics);
        map.ReportUnknownKeys();
        return new RequiredParts(chapters?.ToHashSet() ?? all.Chapters, people?.Contains("lead_inspector") ?? all.LeadInspector, samples ?? all.Samples);
    }

    /// <summary>A list of names; each must be one of <paramref name="known"/> when it is given. Null when the key is absent.</summary>
    private static List<string>? Names(YamlMap map, string key, IReadOnlyList<string>? known, DiagnosticBag diagnostics)
    {
        if (map.Sequence(key, required: false) is not { } list) return null;
        var result = new List<string>();
        foreach (var item in list.Children)
        {
            var name = (item as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value?.Trim() ?? "";
            if (known is not null && !known.Contains(name))
            {
                diagnostics.Error(map.SpanOf(item), DiagnosticCodes.RequiredPartsBad,
                    $"'required.{key}': unknown part '{name}'{Suggestions.DidYouMean(name, known)}; expected one of {string.Join(", ", known)}");
                continue;
            }
            if (name.Length > 0) result.Add(name);
        }
        return result;
    }
}
