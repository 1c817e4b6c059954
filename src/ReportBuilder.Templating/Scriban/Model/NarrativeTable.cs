using ReportBuilder.Core.Model;

namespace ReportBuilder.Templating.Scriban.Model;

/// <summary>
/// The narrative Markdown pieces of a report, by key. Templates never paste narrative text into their output:
/// <c>report.narrative</c> writes a <c>:::narrative key</c> block, and the Markdown stage parses each piece on its
/// own, so its line numbers stay those of its data file and its footnote labels cannot clash with another's.
/// </summary>
public sealed class NarrativeTable
{
    private readonly Dictionary<string, MarkdownSource> _byKey = new(StringComparer.Ordinal);
    private readonly List<string> _used = [];

    /// <summary>Registers <paramref name="source"/> and returns its key (<c>n1</c>, <c>n2</c>… in registration order).</summary>
    public string Add(MarkdownSource source)
    {
        var key = $"n{_byKey.Count + 1}";
        _byKey[key] = source;
        return key;
    }

    public MarkdownSource? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Called when a template places a piece; the same piece placed twice is placed twice.</summary>
    internal void MarkUsed(string key) => _used.Add(key);

    /// <summary>Keys in the order the templates placed them.</summary>
    public IReadOnlyList<string> Used => _used;

    public IEnumerable<KeyValuePair<string, MarkdownSource>> All => _byKey;
}
