using System.Globalization;
using System.Text;
using ReportBuilder.Templating.Scriban;
using ReportBuilder.Templating.Scriban.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportBuilder.Templating.Scriban.Functions;

/// <summary>
/// The <c>report</c> object of helpers that templates call: wording conventions of the house style and the
/// blocks of our Markdown dialect. None decides a rating; ratings come computed from Core.
/// </summary>
/// <remarks>Each helper's examples are the ones <c>ReportFunctionsTests</c> runs.</remarks>
public static class ReportFunctions
{
    public static ScriptObject Create(NarrativeTable narratives)
    {
        var report = new ScriptObject();
        // {{ report.number_word 4 }} → four
        Add(report, "number_word", 1, 1, (ctx, node, a) => NumberWords.ToWords(ctx.ToInt(node.Span, a[0])));
        // {{ report.date fieldwork_start }} → 09 January 2023
        Add(report, "date", 1, 1, (_, node, a) => AsDate(node, a[0]).ToString("dd MMMM yyyy", CultureInfo.InvariantCulture));
        // {{ report.month_year inspection.fieldwork_start }} → January 2023 (also for a date known only to the month)
        Add(report, "month_year", 1, 1, (_, node, a) => AsMonth(a[0]) ?? AsDate(node, a[0]).ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        // {{ report.date_as_known sample.from }} → 09 January 2023, or May 2023 when only the month is known
        Add(report, "date_as_known", 1, 1, (_, node, a) => AsMonth(a[0]) ?? AsDate(node, a[0]).ToString("dd MMMM yyyy", CultureInfo.InvariantCulture));
        // {{ report.join_and inspection.partners }} → Estyn, Ofsted and CQC
        Add(report, "join_and", 1, 1, (ctx, node, a) => JoinAnd(node, a[0], ctx));
        // {{ report.md "5 * 3" }} → 5 \* 3 (data text made safe to place in Markdown)
        // (every value a template prints is escaped so anyway; report.md says so where it matters, and is idempotent)
        Add(report, "md", 1, 1, (ctx, _, a) => a[0] as MarkdownText ?? new MarkdownText(MarkdownLiteral.Escape(ctx.ObjectToString(a[0]) ?? "")));
        // {{ report.rating standard.rating }} → ::Outstanding::{.rating .rating-outstanding}
        Add(report, "rating", 1, 1, (_, node, a) =>
        {
            var r = AsRating(node, a[0]);
            return new MarkdownText($"::{MarkdownLiteral.Escape(r["name"] as string ?? "")}::{{.rating .rating-{r["key"]}}}");
        });
        // {{ report.rating_symbol standard.rating }} → star
        Add(report, "rating_symbol", 1, 1, (_, node, a) => AsRating(node, a[0])["symbol_name"]);
        // {{ report.narrative texts.foreword }} → :::narrative n1 …  (level: the level the piece's top headings take; suffix after them)
        Add(report, "narrative", 1, 3, (ctx, node, a) =>
        {
            if (a[0] is null) return "";
            if (a[0] is not ScriptObject piece || piece["key"] is not string key || narratives.Find(key) is null)
                throw new ScriptRuntimeException(node.Span, "report.narrative expects a narrative text of the model (texts.foreword, standard.findings…).");
            var level = a.Count > 1 ? ctx.ToInt(node.Span, a[1]) : 0;
            var suffix = a.Count > 2 ? ctx.ObjectToString(a[2]) ?? "" : "";
            if (level is < 0 or > 6) throw new ScriptRuntimeException(node.Span, $"report.narrative: heading level {level} is not from 1 to 6.");
            narratives.MarkUsed(key);
            var args = new StringBuilder(key);
            if (level > 0) args.Append(" level=").Append(level);
            if (suffix.Length > 0) args.Append(" suffix=").Append(Uri.EscapeDataString(suffix));
            return new MarkdownText($"\n:::narrative {args}\n:::\n");
        });
        return report;
    }

    private static void Add(ScriptObject target, string name, int required, int maximum, Func<TemplateContext, ScriptNode, ScriptArray, object?> body) =>
        target.SetValue(name, new ScriptFunction(name, required, maximum, body), readOnly: true);

    /// <summary>The text of a month known without its day (<see cref="ReportModel.MonthObject"/>); null for anything else.</summary>
    private static string? AsMonth(object? value) =>
        value is ScriptObject o && o["is_month"] is true ? o["text"] as string : null;

    /// <summary>"a", "a and b", "a, b and c": the names of a list as an English sentence lists them.</summary>
    private static string JoinAnd(ScriptNode node, object? value, TemplateContext ctx)
    {
        if (value is not System.Collections.IEnumerable items || value is string)
            throw new ScriptRuntimeException(node.Span, $"report.join_and expects a list, found '{value}'.");
        var names = items.Cast<object?>().Select(i => ctx.ObjectToString(i) ?? "").ToList();
        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }

    private static DateTime AsDate(ScriptNode node, object? value) => value switch
    {
        DateTime d => d,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        ScriptObject o when o["is_month"] is true => throw new ScriptRuntimeException(node.Span,
            $"Only the month of this date is known ({o["text"]}); print it with report.month_year or report.date_as_known, not as a day."),
        string s when DateTime.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => throw new ScriptRuntimeException(node.Span, $"Expected a date, found '{value}'."),
    };

    private static ScriptObject AsRating(ScriptNode node, object? value) =>
        value is ScriptObject r && r.ContainsKey("key") && r.ContainsKey("name")
            ? r
            : throw new ScriptRuntimeException(node.Span, $"Expected a rating of the model (standard.rating, score.overall), found '{value}'.");
}
