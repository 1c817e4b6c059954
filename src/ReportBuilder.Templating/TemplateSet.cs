using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Files;
using ReportBuilder.Core.Model;
using ReportBuilder.Templating.Theming;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Templating;

/// <summary>
/// One version of a template set: <c>templates/&lt;id&gt;/&lt;version&gt;/</c> with <c>template.yaml</c>,
/// <c>theme.yaml</c>, <c>report.sbn</c> and the partials it includes.
/// </summary>
/// <param name="Directory">The folder as the caller named it (diagnostics print paths under it).</param>
/// <param name="Framework">The inspection framework the templates are written for (<c>hmip-youth-2021</c>).</param>
public sealed record TemplateSet(string Id, string Version, string Framework, string Description, string Directory, Theme Theme)
{
    public const string EntryTemplate = "report.sbn";

    /// <summary>The optional file of fixed wording that differs by report (<c>strings.yaml</c>), read as <c>strings.*</c>.</summary>
    public const string StringsFile = "strings.yaml";

    /// <summary>
    /// Wording of the template set that templates choose between by the report's data (not rated, joint inspection):
    /// so a report never needs its own edit of a template. Empty when the set has no <see cref="StringsFile"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Strings { get; init; } = new Dictionary<string, string>();

    public string EntryPath => Path.Combine(Directory, EntryTemplate);

    /// <summary>Reads the set a report names from under <paramref name="templatesRoot"/>; null (with errors) when it is missing or broken.</summary>
    /// <param name="files">The reader of the templates folder: every file of the set is read through it.</param>
    public static TemplateSet? Load(string templatesRoot, TemplateReference reference, IInputFileReader files, DiagnosticBag diagnostics, SourceSpan? citedAt = null)
    {
        var directory = Path.Combine(templatesRoot, reference.Id, reference.Version);
        if (!System.IO.Directory.Exists(directory))
        {
            var available = System.IO.Directory.Exists(templatesRoot)
                ? System.IO.Directory.GetDirectories(templatesRoot).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
                : [];
            diagnostics.Error(citedAt ?? SourceSpan.StartOf(directory), DiagnosticCodes.TemplateSetNotFound,
                $"Template set '{reference.Id}' version '{reference.Version}' not found: expected the folder {directory}" +
                (available.Count > 0 ? $" (template sets: {string.Join(", ", available)})." : "."));
            return null;
        }

        var manifest = Path.Combine(directory, "template.yaml");
        string id = reference.Id, version = reference.Version, framework = reference.Id, description = "";
        if (File.Exists(manifest))
        {
            var y = new YamlReader(manifest, diagnostics);
            if (TemplateFileText.Read(files, manifest, diagnostics) is { } manifestText && y.Parse(manifestText) is { } map)
            {
                y.Read(map, "template.yaml", new Dictionary<string, Action<YamlNode>>
                {
                    ["id"] = n => id = y.String(n, "id") ?? id,
                    ["version"] = n => version = y.String(n, "version") ?? version,
                    ["framework"] = n => framework = y.String(n, "framework") ?? framework,
                    ["description"] = n => description = y.String(n, "description") ?? description,
                    // Which parts a report must give is checked when the folder is loaded (ReportBuilder.Data's RequiredParts).
                    ["required"] = _ => { },
                });
                // An id or version that disagrees with the folder is the report folder loader's error (RB0904), at
                // its line: the set is read here only after that check, so a draft does not report it twice.
            }
        }
        else diagnostics.Error(SourceSpan.StartOf(manifest), DiagnosticCodes.TemplateManifestMissing, "Missing template.yaml (id, version, framework, description).");

        var themeFile = Path.Combine(directory, "theme.yaml");
        var theme = File.Exists(themeFile) && TemplateFileText.Read(files, themeFile, diagnostics) is { } themeText
            ? ThemeLoader.Load(themeText, themeFile, diagnostics)
            : new Theme();

        if (!File.Exists(Path.Combine(directory, EntryTemplate)))
            diagnostics.Error(SourceSpan.StartOf(Path.Combine(directory, EntryTemplate)), DiagnosticCodes.EntryTemplateMissing, $"Missing {EntryTemplate}, the template every report starts from.");
        return new TemplateSet(id, version, framework, description, directory, theme) { Strings = LoadStrings(directory, files, diagnostics) };
    }

    /// <summary>A flat mapping of names (snake_case) to text; anything else is an error at its line.</summary>
    private static Dictionary<string, string> LoadStrings(string directory, IInputFileReader files, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = Path.Combine(directory, StringsFile);
        if (!File.Exists(file)) return result;
        var y = new YamlReader(file, diagnostics);
        if (TemplateFileText.Read(files, file, diagnostics) is not { } source || y.Parse(source) is not { } map) return result;
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name } || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                diagnostics.Error(y.SpanOf(key), DiagnosticCodes.StringsFileBadKey, "A key of strings.yaml is a snake_case name (a-z, 0-9, _).");
                continue;
            }
            if (y.String(value, name) is { } text) result[name] = text;
        }
        return result;
    }
}
