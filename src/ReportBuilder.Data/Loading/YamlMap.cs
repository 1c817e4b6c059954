using System.Globalization;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Data.Loading;

/// <summary>
/// A YAML mapping of a report folder's file, parsed by the one YAML reader (<see cref="YamlText"/>), with typed getters that
/// report a wrong or missing value at its line and column instead of throwing, and that remember which keys were
/// read so that unknown (misspelt) keys can be reported with a suggestion.
/// </summary>
internal sealed class YamlMap
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, SourceFile file, DiagnosticBag diagnostics, string path = "")
    {
        Node = node;
        File = file;
        Diagnostics = diagnostics;
        Path = path;
    }

    public YamlMappingNode Node { get; }
    public SourceFile File { get; }
    public DiagnosticBag Diagnostics { get; }

    /// <summary>The dotted key path of this mapping (<c>chief_inspector.</c>) used in messages; empty at the root.</summary>
    public string Path { get; }

    public SourceSpan Span => SpanOf(Node);

    /// <summary>
    /// The mapping's keys with their names. YAML allows a list or a mapping as a key (<c>? [a, b]</c>); none of our
    /// files has a use for one, so such a key is reported at its position and skipped rather than cast.
    /// </summary>
    public IEnumerable<(YamlNode Key, string Name)> Keys()
    {
        foreach (var (key, _) in Node.Children)
        {
            if (key is YamlScalarNode scalar) yield return (key, scalar.Value ?? "");
            else Diagnostics.Error(SpanOf(key), DiagnosticCodes.YamlBadValue, $"a key in '{Path.TrimEnd('.')}' must be a plain name, not a list or a mapping");
        }
    }

    public SourceSpan SpanOf(YamlNode node) => SpanOf(File, node.Start);

    public static SourceSpan SpanOf(SourceFile file, Mark mark) => YamlText.SpanOf(file.DisplayPath, mark);

    /// <summary>Parses a file whose top level must be a mapping, through the one YAML reader (<see cref="YamlText"/>).</summary>
    public static YamlMap? Parse(SourceFile file, DiagnosticBag diagnostics) =>
        YamlText.ParseMapping(file.Text, file.DisplayPath, diagnostics, YamlCodes.ReportFolder) is { } root
            ? new YamlMap(root, file, diagnostics)
            : null;

    public YamlNode? Raw(string key)
    {
        _known.Add(key);
        foreach (var (k, v) in Node.Children)
            if (k is YamlScalarNode s && s.Value == key) return v;
        return null;
    }

    public bool Has(string key) => Raw(key) is not null;

    private void Missing(string key, string expected) =>
        Diagnostics.Error(Span, DiagnosticCodes.YamlMissingKey, $"missing key '{Path}{key}' ({expected})");

    private void Bad(YamlNode node, string key, string message) =>
        Diagnostics.Error(SpanOf(node), DiagnosticCodes.YamlBadValue, $"'{Path}{key}': {message}");

    /// <summary>A non-empty text value.</summary>
    public string? String(string key, bool required = true, string expected = "a text value")
    {
        var node = Raw(key);
        if (node is null)
        {
            if (required) Missing(key, expected);
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            Bad(node, key, $"expected {expected}, found a {(node is YamlSequenceNode ? "list" : "mapping")}");
            return null;
        }
        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value) || (scalar.Style == ScalarStyle.Plain && value is "~" or "null"))
        {
            if (required) Bad(node, key, $"is empty; expected {expected}");
            return null;
        }
        return value;
    }

    public int? Int(string key, int min, int max, bool required = true)
    {
        var text = String(key, required, $"a whole number from {min} to {max}");
        if (text is null) return null;
        return ParseInt(Raw(key)!, key, text, min, max);
    }

    public int? ParseInt(YamlNode node, string key, string text, int min, int max)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Bad(node, key, $"'{text}' is not a whole number; expected a whole number from {min} to {max}");
            return null;
        }
        if (value < min || value > max)
        {
            Bad(node, key, $"{value} is out of range; expected a whole number from {min} to {max}");
            return null;
        }
        return value;
    }

    /// <summary>A date written <c>2023-01-09</c> (ISO 8601, as YAML dates are).</summary>
    public DateOnly? Date(string key, bool required = true)
    {
        var text = String(key, required, "a date written YYYY-MM-DD");
        if (text is null) return null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Bad(Raw(key)!, key, $"'{text}' is not a date; expected YYYY-MM-DD (for example 2023-01-09)");
            return null;
        }
        return date;
    }

    public YamlMap? Map(string key, bool required = true)
    {
        var node = Raw(key);
        if (node is null)
        {
            if (required) Missing(key, "a mapping");
            return null;
        }
        if (node is not YamlMappingNode mapping)
        {
            Bad(node, key, "expected a mapping of 'key: value' lines");
            return null;
        }
        return new YamlMap(mapping, File, Diagnostics, $"{Path}{key}.");
    }

    public YamlSequenceNode? Sequence(string key, bool required = true)
    {
        var node = Raw(key);
        if (node is null)
        {
            if (required) Missing(key, "a list");
            return null;
        }
        if (node is not YamlSequenceNode sequence)
        {
            Bad(node, key, "expected a list ('- item' lines)");
            return null;
        }
        return sequence;
    }

    /// <summary>Reports every key that no getter asked for, suggesting the closest known one.</summary>
    public void ReportUnknownKeys(IEnumerable<string>? alsoKnown = null)
    {
        var known = alsoKnown is null ? _known : _known.Concat(alsoKnown).ToHashSet();
        foreach (var (k, _) in Node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (known.Contains(name)) continue;
            Diagnostics.Error(SpanOf(k), DiagnosticCodes.YamlUnknownKey,
                $"unknown key '{Path}{name}'{Suggestions.DidYouMean(name, known)}");
        }
    }
}
