using Scriban;

namespace ReportBuilder.Templating.Scriban;

/// <summary>
/// Parsed Scriban templates kept between renders (a warm <c>watch</c> or archive), keyed by path: a template is parsed
/// again only when its text differs from the text it was parsed from, so an edit is picked up by the next render and
/// nothing else is parsed twice. Comparing the text, not a file time, cannot miss an edit that kept the size and time.
/// </summary>
/// <remarks>
/// Safe to share between threads: a parsed <see cref="Template"/> is only read while rendering (each render has its own
/// <see cref="TemplateContext"/>, which is what Scriban does not share), and the table is locked.
/// </remarks>
public sealed class ParsedTemplates
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Text, Template Template)> _byPath = new(StringComparer.Ordinal);
    private int _parses;

    /// <summary>How many times a template was parsed here, new or changed (what tests count).</summary>
    public int Parses => Volatile.Read(ref _parses);

    /// <summary>The template parsed from <paramref name="text"/>: the one parsed before when <paramref name="path"/> held the same text, else parsed now.</summary>
    public Template Get(string path, string text, Func<string, string, Template> parse)
    {
        lock (_gate)
            if (_byPath.TryGetValue(path, out var kept) && string.Equals(kept.Text, text, StringComparison.Ordinal))
                return kept.Template;
        var template = parse(text, path);
        Interlocked.Increment(ref _parses);
        lock (_gate) _byPath[path] = (text, template);
        return template;
    }
}
