using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Data.Validation;

/// <summary>Rules across <c>standards.csv</c>, <c>key-questions.csv</c>, <c>report.yaml</c> and the framework.</summary>
internal static class StandardRules
{
    /// <summary>Duplicates, domains, and agreement with the framework (missing/unknown standards, judged_on, scored).</summary>
    public static List<StandardRow> CheckRows(
        List<StandardRow> rows, IReadOnlyCollection<string> incomplete, IReadOnlyList<DomainEntry> domains, Framework? framework, string standardsFile, DiagnosticBag diagnostics)
    {
        var unique = new List<StandardRow>();
        foreach (var row in rows)
        {
            if (unique.FirstOrDefault(r => r.Id == row.Id) is { } first)
            {
                diagnostics.Error(row.Row.SpanOf("id"), DiagnosticCodes.StandardDuplicate,
                    $"standard {row.Id} appears twice (first at line {first.Row.Line})");
                continue;
            }
            unique.Add(row);

            if (domains.Count > 0)
            {
                var domain = domains.FirstOrDefault(d => d.Number == row.Domain);
                if (domain is null)
                    diagnostics.Error(row.Row.SpanOf("id"), DiagnosticCodes.DomainUnknown,
                        $"standard {row.Id} belongs to domain {row.Domain}, which report.yaml does not list under 'domains'");
                else if (!string.Equals(domain.Name, row.DomainName, StringComparison.Ordinal))
                    diagnostics.Error(row.Row.SpanOf("domain"), DiagnosticCodes.DomainDisagrees,
                        $"domain '{row.DomainName}' differs from domain {row.Domain} in report.yaml, '{domain.Name}'");
            }

            if (framework is null) continue;
            var expected = framework.Find(row.Id);
            if (expected is null)
            {
                diagnostics.Error(row.Row.SpanOf("id"), DiagnosticCodes.StandardUnknown,
                    $"the {framework.Id} framework has no standard {row.Id}{Suggestions.DidYouMean(row.Id, framework.Standards.Select(s => s.Id))}");
                continue;
            }
            if (!string.Equals(expected.Name, row.Name, StringComparison.Ordinal))
                diagnostics.Warning(row.Row.SpanOf("name"), DiagnosticCodes.StandardNameDiffers,
                    $"the {framework.Id} framework names standard {row.Id} '{expected.Name}', not '{row.Name}'");
            if (expected.JudgedOn != row.JudgedOn)
                diagnostics.Error(row.Row.SpanOf("judged_on"), DiagnosticCodes.JudgedOnDisagrees,
                    $"standard {row.Id} is judged on {Name(expected.JudgedOn)} in the {framework.Id} framework, not on {Name(row.JudgedOn)}");
            if (row.NotRated && !expected.MayBeNotRated)
                diagnostics.Error(row.Row.SpanOf("rating"), DiagnosticCodes.NotRatedNotAllowed, expected.Scored
                    ? $"standard {row.Id} is 'Not rated' but the {framework.Id} framework scores it, so it must have a rating; {MayBeNotRatedList(framework)}"
                    : $"standard {row.Id} may not be 'Not rated' in the {framework.Id} framework; {MayBeNotRatedList(framework)}");
            if (expected.Scored != row.Scored)
                diagnostics.Error(row.Row.SpanOf("scored"), DiagnosticCodes.ScoredDisagrees, expected.Scored
                    ? $"standard {row.Id} counts towards the score in the {framework.Id} framework: write 'yes'"
                    : $"standard {row.Id} never counts towards the score in the {framework.Id} framework: write 'no'");
        }

        if (framework is not null)
        {
            var lastLine = unique.Count > 0 ? unique[^1].Row.Line : 1;
            foreach (var missing in framework.Standards.Where(s => unique.All(r => r.Id != s.Id) && !incomplete.Contains(s.Id)))
                diagnostics.Error(new SourceSpan(standardsFile, lastLine, 1), DiagnosticCodes.StandardMissing,
                    $"standard {missing.Id} '{missing.Name}' of the {framework.Id} framework is missing");
        }
        return unique;
    }

    private static string MayBeNotRatedList(Framework framework) =>
        framework.Standards.Where(s => s.MayBeNotRated).Select(s => s.Id).ToList() is { Count: > 0 } ids
            ? $"only {string.Join(", ", ids)} may be not rated"
            : "no standard of it may be not rated";

    private static string Name(JudgedOn judgedOn) => judgedOn == JudgedOn.Cases ? "cases" : "evidence";

    /// <summary>Key questions belong to a known, case-judged standard; a case-judged standard has some; no question twice.</summary>
    public static void CheckKeyQuestions(
        IReadOnlyList<StandardRow> standards, IReadOnlyCollection<string> incompleteStandards,
        IReadOnlyList<KeyQuestion> questions, IReadOnlyCollection<string> incompleteQuestions, DiagnosticBag diagnostics)
    {
        foreach (var q in questions)
        {
            var standard = standards.FirstOrDefault(s => s.Id == q.StandardId);
            if (standard is null && incompleteStandards.Contains(q.StandardId)) continue;
            if (standard is null)
                diagnostics.Error(q.Span, DiagnosticCodes.KeyQuestionUnknownStandard,
                    $"key question for standard '{q.StandardId}', which standards.csv does not list{Suggestions.DidYouMean(q.StandardId, standards.Select(s => s.Id))}");
            else if (standard.JudgedOn == JudgedOn.Evidence)
                diagnostics.Error(q.Span, DiagnosticCodes.KeyQuestionsOnEvidenceStandard,
                    $"standard {q.StandardId} is judged on evidence, so it has no key questions (or set judged_on to 'cases' in standards.csv)");
        }
        foreach (var group in questions.GroupBy(q => (q.StandardId, q.Question)))
            foreach (var duplicate in group.Skip(1))
                diagnostics.Warning(duplicate.Span, DiagnosticCodes.DuplicateKeyQuestion,
                    $"standard {duplicate.StandardId} lists this key question twice (first at line {group.First().Span.Line})");
        // A not-rated standard had no cases to judge: it needs no key questions.
        foreach (var standard in standards.Where(s => s.JudgedOn == JudgedOn.Cases && !s.NotRated))
            if (questions.All(q => q.StandardId != standard.Id) && !incompleteQuestions.Contains(standard.Id))
                diagnostics.Error(standard.Row.SpanOf("judged_on"), DiagnosticCodes.NoKeyQuestions,
                    $"standard {standard.Id} is judged on cases but key-questions.csv has no key question for it");
    }
}
