using System.Text;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Files;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Templating;

/// <summary>
/// Template sets read by earlier builds (<c>template.yaml</c>, the theme, the strings), reused while the text of those
/// files is the same and <c>report.sbn</c> is still there; a set whose files changed is read again. The problems reading
/// a set gave are kept with it and reported again by every build that uses it, so a warm build says what a cold one says.
/// </summary>
/// <remarks>Safe to share between threads: a <see cref="TemplateSet"/> is immutable once read, and the table is locked.</remarks>
public sealed class TemplateSetCache
{
    private static readonly string[] SetFiles = ["template.yaml", "theme.yaml", TemplateSet.StringsFile];

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Directory, SourceSpan? CitedAt), Entry> _sets = new();
    private int _reads;

    /// <summary>How many times a set was read here, new or changed (what tests count).</summary>
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>As <see cref="TemplateSet.Load"/>, from the cache while the set's files are unchanged.</summary>
    public TemplateSet? Load(string templatesRoot, TemplateReference reference, IInputFileReader files, DiagnosticBag diagnostics, SourceSpan? citedAt = null)
    {
        var directory = Path.Combine(templatesRoot, reference.Id, reference.Version);
        var key = (directory, citedAt);
        var texts = Texts(directory, files);
        lock (_gate)
            if (_sets.TryGetValue(key, out var kept) && kept.Texts.SequenceEqual(texts))
            {
                diagnostics.AddRange(kept.Problems);
                return kept.Set;
            }

        var problems = new DiagnosticBag();
        var set = TemplateSet.Load(templatesRoot, reference, files, problems, citedAt);
        Interlocked.Increment(ref _reads);
        diagnostics.AddRange(problems);
        lock (_gate) _sets[key] = new Entry(texts, set, [.. problems]);
        return set;
    }

    /// <summary>What the set is read from: each file's text (null when missing or refused: the read itself reports why), and whether the entry template is there.</summary>
    /// <remarks>Read through the templates folder's reader, as the set itself is: a named pipe or a link out of the folder is never opened here either.</remarks>
    private static string?[] Texts(string directory, IInputFileReader files) =>
        [.. SetFiles.Select(name => Path.Combine(directory, name))
            .Select(file => File.Exists(file) && files.TryRead(file, out _) is { } bytes ? Encoding.UTF8.GetString(bytes) : null),
         File.Exists(Path.Combine(directory, TemplateSet.EntryTemplate)) ? "" : null];

    private sealed record Entry(string?[] Texts, TemplateSet? Set, IReadOnlyList<Diagnostic> Problems);
}
