using System.Text;

namespace ReportBuilder.Conformance;

/// <summary>One failed Matterhorn Protocol failure condition, found at one place in the file.</summary>
/// <param name="Checkpoint">Matterhorn Protocol 1.1 index such as <c>14-003</c>, or <c>NN-xNN</c> for a check of ours beyond the protocol (see <see cref="Checkpoints"/>).</param>
/// <param name="Page">1-based page number, or null when the failure belongs to the document as a whole.</param>
/// <param name="Object">Where: an object number and what it is, e.g. <c>StructElem H3 (obj 41 0)</c> or <c>content op 26 (Tj)</c>.</param>
/// <param name="Message">What is wrong, in plain English.</param>
public sealed record ConformanceFailure(string Checkpoint, int? Page, string Object, string Message)
{
    public override string ToString() => $"{Checkpoint} {(Page is { } p ? $"page {p}" : "document")}: {Object}: {Message}";
}

/// <summary>The result of <see cref="PdfUaChecker.Check(string)"/>: every failure found, in a stable order.</summary>
public sealed class ConformanceReport
{
    public ConformanceReport(string source, IEnumerable<ConformanceFailure> failures)
    {
        Source = source;
        Failures = failures
            .Distinct()
            .OrderBy(f => f.Page ?? 0)
            .ThenBy(f => f.Checkpoint, StringComparer.Ordinal)
            .ThenBy(f => NaturalKey(f.Object), StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Numbers padded so that "obj 29 0" sorts before "obj 104 0".</summary>
    private static string NaturalKey(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\d+", m => m.Value.PadLeft(10, '0'));

    /// <summary>The file (or "stream") that was checked.</summary>
    public string Source { get; }

    public IReadOnlyList<ConformanceFailure> Failures { get; }

    public bool Passed => Failures.Count == 0;

    /// <summary>The distinct checkpoint ids that failed, sorted.</summary>
    public IReadOnlyList<string> FailedCheckpoints =>
        Failures.Select(f => f.Checkpoint).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Source).Append(": ").AppendLine(Passed ? "PDF/UA checks passed" : $"{Failures.Count} failure(s) in {FailedCheckpoints.Count} checkpoint(s)");
        foreach (var failure in Failures) text.Append("  ").AppendLine(failure.ToString());
        return text.ToString();
    }
}
