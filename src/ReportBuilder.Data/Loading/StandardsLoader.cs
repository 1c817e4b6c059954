using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Data.Loading;

/// <summary>Reads <c>standards.csv</c> and <c>key-questions.csv</c> row by row, reporting each bad value where it stands.</summary>
internal static class StandardsLoader
{
    public static readonly string[] StandardColumns = ["id", "rating"];

    /// <summary>
    /// What the framework already says of each standard: a folder may leave these columns out, and each value is then
    /// the framework's (the domain's name is the one <c>report.yaml</c> gives). A column present is read and checked.
    /// </summary>
    public static readonly string[] StandardFrameworkColumns = ["domain", "name", "statement", "judged_on", "scored"];
    public static readonly string[] KeyQuestionColumns = ["standard", "question", "percent_yes"];
    public static readonly string[] KeyQuestionOptionalColumns = ["yes", "relevant"];

    /// <param name="incomplete">The ids of rows that had a bad value: the standard exists, so it is neither "missing" nor "unknown".</param>
    public static List<StandardRow> ReadStandards(CsvTable table, DiagnosticBag diagnostics, out HashSet<string> incomplete,
        Framework? framework = null, IReadOnlyList<DomainEntry>? domains = null)
    {
        var result = new List<StandardRow>();
        incomplete = [];
        var headers = table.Headers.Select(h => h.Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var ok = true;
            var reported = false;
            string? fromFrameworkId = null;
            string? Required(string column, string expected)
            {
                if (!headers.Contains(column)) return FromFramework(column);
                var value = row[column];
                if (value is null)
                {
                    diagnostics.Error(row.SpanOf(column), DiagnosticCodes.CsvEmptyValue, $"'{column}' is empty; expected {expected}");
                    ok = false;
                }
                return value;
            }

            // A column the file leaves out is the framework's value for the row's standard.
            string? FromFramework(string column)
            {
                var standard = fromFrameworkId is null ? null : framework?.Find(fromFrameworkId);
                var value = column switch
                {
                    "domain" => domains?.FirstOrDefault(d => d.Number == standard?.Domain)?.Name,
                    "name" => standard?.Name,
                    "statement" => standard?.Statement,
                    "judged_on" => standard is null ? null : standard.JudgedOn == JudgedOn.Cases ? "cases" : "evidence",
                    "scored" => standard is null ? null : standard.Scored ? "yes" : "no",
                    _ => null,
                };
                if (value is null)
                {
                    // Without a framework (the template could not be read) its error is already reported; one row, one error.
                    if (framework is not null && fromFrameworkId is not null && !reported)
                        diagnostics.Error(row.SpanOf("id"), DiagnosticCodes.StandardValueNotGiven, standard is null
                            ? $"standard {fromFrameworkId} is not in the {framework.Id} framework, which gives the columns standards.csv leaves out ({string.Join(", ", StandardFrameworkColumns.Where(c => !headers.Contains(c)))}){Suggestions.DidYouMean(fromFrameworkId, framework.Standards.Select(f => f.Id))}"
                            : column == "domain"
                                ? $"standards.csv has no 'domain' column and report.yaml names no domain {standard.Domain}"
                                : $"standards.csv has no '{column}' column and the {framework.Id} framework gives no {column} for {fromFrameworkId}; add the column");
                    reported = true;
                    ok = false;
                }
                return value;
            }

            var id = Required("id", "a standard id such as 1.1");
            fromFrameworkId = id;
            int domain = 0;
            if (id is not null && !TryParseId(id, out domain))
            {
                diagnostics.Error(row.SpanOf("id"), DiagnosticCodes.StandardBadId, $"'{id}' is not a standard id; expected <domain>.<number> such as 2.1");
                ok = false;
            }
            var domainName = Required("domain", "the domain's name as in report.yaml");
            var name = Required("name", "the standard's name as printed");
            var statement = Required("statement", "the standard's statement as printed");

            var judgedText = Required("judged_on", "'cases' or 'evidence'");
            JudgedOn judged = default;
            if (judgedText is not null)
            {
                switch (judgedText.ToLowerInvariant())
                {
                    case "cases": judged = JudgedOn.Cases; break;
                    case "evidence": judged = JudgedOn.Evidence; break;
                    default:
                        diagnostics.Error(row.SpanOf("judged_on"), DiagnosticCodes.BadJudgedOn,
                            $"'{judgedText}' is not a way of judging{Suggestions.DidYouMean(judgedText, ["cases", "evidence"])}; expected 'cases' (rated from its key questions) or 'evidence'");
                        ok = false;
                        break;
                }
            }

            var ratingText = Required("rating", $"one of {string.Join(", ", RatingNames.DisplayNames)} or {RatingNames.NotRated}");
            Rating rating = default;
            var notRated = RatingNames.IsNotRated(ratingText);
            if (ratingText is not null && !notRated && !RatingNames.TryParse(ratingText, out rating))
            {
                diagnostics.Error(row.SpanOf("rating"), DiagnosticCodes.UnknownRating, MetadataLoader.UnknownStandardRatingMessage(ratingText));
                ok = false;
            }

            var scoredText = Required("scored", "'yes' or 'no'");
            var scored = false;
            if (scoredText is not null)
            {
                switch (scoredText.ToLowerInvariant())
                {
                    case "yes": scored = true; break;
                    case "no": scored = false; break;
                    default:
                        diagnostics.Error(row.SpanOf("scored"), DiagnosticCodes.BadScored,
                            $"'{scoredText}' is not 'yes' or 'no'{Suggestions.DidYouMean(scoredText, ["yes", "no"])}");
                        ok = false;
                        break;
                }
            }

            if (ok) result.Add(new StandardRow(id!, domain, domainName!, name!, statement!, judged, rating, scored, row) { NotRated = notRated });
            else if (id is not null) incomplete.Add(id);
        }
        return result;
    }

    public static bool TryParseId(string id, out int domain)
    {
        domain = 0;
        var parts = id.Split('.');
        return parts.Length == 2 && parts.All(p => p.Length is > 0 and <= 2 && p.All(char.IsAsciiDigit))
            && int.TryParse(parts[0], out domain) && domain > 0 && int.Parse(parts[1]) > 0;
    }

    /// <param name="incomplete">The standards with a key question that could not be read: their computed rating is unknown.</param>
    public static List<KeyQuestion> ReadKeyQuestions(CsvTable table, DiagnosticBag diagnostics, out HashSet<string> incomplete)
    {
        var result = new List<KeyQuestion>();
        incomplete = [];
        foreach (var row in table.Rows)
        {
            var standard = row["standard"];
            var question = row["question"];
            var percentText = row["percent_yes"];
            var ok = true;
            if (standard is null) { diagnostics.Error(row.SpanOf("standard"), DiagnosticCodes.CsvEmptyValue, "'standard' is empty; expected the standard's id such as 2.1"); ok = false; }
            if (question is null) { diagnostics.Error(row.SpanOf("question"), DiagnosticCodes.CsvEmptyValue, "'question' is empty; expected the key question as printed"); ok = false; }
            decimal? percent = null;
            // With both counts given the percentage comes from them, so the typed one may be left empty.
            var countsGiven = row["yes"] is not null && row["relevant"] is not null;
            if (percentText is null && countsGiven) { }
            else if (percentText is null) { diagnostics.Error(row.SpanOf("percent_yes"), DiagnosticCodes.CsvEmptyValue, "'percent_yes' is empty; expected the % 'Yes', a number from 0 to 100 (or give 'yes' and 'relevant')"); ok = false; }
            else if (PercentParser.Parse(percentText, out var message) is { } p) percent = p;
            else { diagnostics.Error(row.SpanOf("percent_yes"), DiagnosticCodes.BadPercent, message!); ok = false; }

            var yes = ReadCount(row, "yes", diagnostics, ref ok);
            var relevant = ReadCount(row, "relevant", diagnostics, ref ok);
            if (ok && (yes is null) != (relevant is null))
            {
                var (given, missing) = yes is null ? ("relevant", "yes") : ("yes", "relevant");
                diagnostics.Error(row.SpanOf(given), DiagnosticCodes.CountsDisagree, $"'{given}' is given without '{missing}'; give both counts or neither");
                ok = false;
            }
            if (ok && yes is not null && relevant is not null)
            {
                if (relevant == 0)
                {
                    diagnostics.Error(row.SpanOf("relevant"), DiagnosticCodes.CountsDisagree, "'relevant' is 0; a percentage needs at least one relevant case");
                    ok = false;
                }
                else if (yes > relevant)
                {
                    diagnostics.Error(row.SpanOf("yes"), DiagnosticCodes.CountsDisagree, $"'yes' ({yes}) is more than 'relevant' ({relevant})");
                    ok = false;
                }
                else
                {
                    // The counts decide (RatingRules.PercentFromCounts): the typed figure is only checked against them.
                    var computed = RatingRules.PercentFromCounts(yes.Value, relevant.Value);
                    if (percent is { } typed && Math.Abs(computed - typed) >= 1m)
                    {
                        diagnostics.Error(row.SpanOf("percent_yes"), DiagnosticCodes.CountsDisagree,
                            $"{percentText}% does not match {yes} 'Yes' of {relevant} relevant cases, which is {computed}%");
                        ok = false;
                    }
                    else if (percent is { } rounded && rounded != computed)
                        diagnostics.Warning(row.SpanOf("percent_yes"), DiagnosticCodes.PercentNotFromCounts,
                            $"{percentText}% is not {yes} of {relevant} rounded to a whole number; the counts decide, so {computed}% is printed and rated (write {computed} or leave it empty)");
                    percent = computed;
                }
            }
            if (ok) result.Add(new KeyQuestion(standard!, question!, percent!.Value, yes, relevant, row.Span));
            else if (standard is not null) incomplete.Add(standard);
        }
        return result;
    }

    private static int? ReadCount(CsvRow row, string column, DiagnosticBag diagnostics, ref bool ok)
    {
        if (row[column] is not { } text) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)) return value;
        diagnostics.Error(row.SpanOf(column), DiagnosticCodes.BadCount, $"'{column}' is '{text}'; expected a whole number of cases (0 or more)");
        ok = false;
        return null;
    }
}
