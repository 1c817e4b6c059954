using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Data.Validation;

/// <summary>
/// Finds the placeholders that <c>reportbuilder new</c> writes into a fresh report folder: the word <c>TODO:</c>
/// anywhere in a file the loader reads (in YAML and CSV usually in a <c>#</c> comment beside a value that parses).
/// </summary>
/// <remarks>
/// A placeholder is a warning while the report is drafted (<c>check</c>, <c>draft</c>, <c>watch</c>) and an error
/// when a final is built: the same diagnostic, so that one forgotten field is reported once, where it is.
/// </remarks>
internal static class PlaceholderRule
{
    public const string Marker = "TODO:";

    /// <summary>How much of the placeholder's own words the message quotes.</summary>
    private const int QuotedLength = 120;

    public static void Check(SourceFile file, bool asErrors, DiagnosticBag diagnostics)
    {
        var lines = file.Lines;
        for (var i = 0; i < lines.Length; i++)
        {
            var at = Find(lines[i]);
            if (at < 0) continue;
            var hint = lines[i][(at + Marker.Length)..].Trim();
            if (hint.Length > QuotedLength) hint = hint[..(QuotedLength - 1)] + "…";
            var message = $"still a placeholder{(hint.Length > 0 ? $" ({hint})" : "")}: replace it with the report's own words or figures"
                + (asErrors ? " before building the final report" : "");
            var span = new SourceSpan(file.DisplayPath, i + 1, at + 1);
            if (asErrors) diagnostics.Error(span, DiagnosticCodes.Placeholder, message);
            else diagnostics.Warning(span, DiagnosticCodes.Placeholder, message);
        }
    }

    /// <summary>The first <see cref="Marker"/> that starts a word ("TODO:", not "XTODO:"), or -1.</summary>
    private static int Find(string line)
    {
        for (var at = line.IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = line.IndexOf(Marker, at + 1, StringComparison.Ordinal))
            if (at == 0 || !char.IsLetterOrDigit(line[at - 1])) return at;
        return -1;
    }
}
