using System.Globalization;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Yaml;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Templating.Theming;

/// <summary>
/// Reads a template set's hand-written YAML mappings key by key, reporting every problem with file, line and column;
/// the text is parsed by the one YAML reader (<see cref="YamlText"/>).
/// </summary>
internal sealed class YamlReader(string file, DiagnosticBag diagnostics)
{
    public string File { get; } = file;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Parses <paramref name="text"/> through the one YAML reader (<see cref="YamlText"/>); null (with an error) when it is not YAML or not a mapping.</summary>
    public YamlMappingNode? Parse(string text) => YamlText.ParseMapping(text, File, Diagnostics, YamlCodes.TemplateSet, emptyIsMapping: true);

    public SourceSpan SpanOf(YamlNode node) => YamlText.SpanOf(File, node);

    /// <summary>Visits each key of <paramref name="map"/>; a key without a handler is reported as unknown with a suggestion.</summary>
    public void Read(YamlMappingNode map, string where, IReadOnlyDictionary<string, Action<YamlNode>> handlers)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: var name })
            {
                Diagnostics.Error(SpanOf(keyNode), DiagnosticCodes.TemplateYamlBadShape, $"A key in {where} must be a plain name, not a list or a mapping.");
                continue;
            }
            var key = name ?? "";
            if (handlers.TryGetValue(key, out var handler)) handler(value);
            else
                Diagnostics.Warning(SpanOf(keyNode), DiagnosticCodes.TemplateYamlUnknownKey,
                    $"Unknown key '{key}' in {where}; it is ignored{Suggestions.DidYouMean(key, handlers.Keys)}.");
        }
    }

    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode m) return m;
        Diagnostics.Error(SpanOf(node), DiagnosticCodes.TemplateYamlBadShape, $"Expected a mapping for {what}.");
        return null;
    }

    public string? String(YamlNode node, string what)
    {
        if (node is YamlScalarNode s) return s.Value ?? "";
        Diagnostics.Error(SpanOf(node), DiagnosticCodes.TemplateYamlExpectedText, $"Expected text for {what}.");
        return null;
    }

    public double? Number(YamlNode node, string what, double min = 0, double max = 10_000)
    {
        if (node is YamlScalarNode s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
            return v;
        Diagnostics.Error(SpanOf(node), DiagnosticCodes.TemplateYamlBadNumber, $"Expected a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} for {what}, found '{(node as YamlScalarNode)?.Value}'.");
        return null;
    }

    public bool? Boolean(YamlNode node, string what)
    {
        if (node is YamlScalarNode s && s.Value is "true" or "false") return s.Value == "true";
        Diagnostics.Error(SpanOf(node), DiagnosticCodes.TemplateYamlBadBoolean, $"Expected true or false for {what}, found '{(node as YamlScalarNode)?.Value}'.");
        return null;
    }

    public Color? Colour(YamlNode node, string what)
    {
        var text = String(node, what);
        if (text is null) return null;
        try { return Color.Parse(text); }
        catch (FormatException)
        {
            Diagnostics.Error(SpanOf(node), DiagnosticCodes.TemplateYamlBadColour, $"Expected a colour as \"#RRGGBB\" for {what}, found '{text}'.");
            return null;
        }
    }
}
