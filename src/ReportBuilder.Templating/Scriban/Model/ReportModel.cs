using System.Globalization;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Templating.Scriban.Functions;
using ReportBuilder.Templating.Theming;
using Scriban.Runtime;

namespace ReportBuilder.Templating.Scriban.Model;

/// <summary>
/// The view of a report that templates see: explicit <see cref="ScriptObject"/>s with snake_case names, built
/// once from the Core model and its computed <see cref="ReportScore"/>. Nothing here reflects over .NET objects,
/// and nothing computes a rating: every rating is the one Core computed.
/// </summary>
/// <remarks>
/// Globals: <c>inspection</c>, <c>service</c>, <c>score</c>, <c>domains</c>, <c>standards</c>,
/// <c>recommendations</c>, <c>survey</c> (null without one), <c>cases</c>, <c>texts</c>, <c>chapters</c>, <c>template</c>, <c>strings</c>
/// (the template set's <c>strings.yaml</c>), and the
/// <c>report</c> helpers (<see cref="ReportFunctions"/>). See <c>docs/templates.md</c>.
/// </remarks>
public static class ReportModel
{
    public static ScriptObject Build(Report report, ReportScore score, Theme theme, NarrativeTable narratives, string templateId, string templateVersion,
        IReadOnlyDictionary<string, string>? strings = null)
    {
        var m = report.Metadata;
        var globals = new ScriptObject();

        strings ??= new Dictionary<string, string>();
        var service = Obj(("name", m.Service.Name), ("short_name", m.Service.ShortName), ("area", m.Service.Area),
            // Without a kind in report.yaml the set's own wording stays (strings.yaml), so old reports print as before.
            ("kind", m.Service.Kind?.Name ?? strings.GetValueOrDefault("service_kind")),
            ("kinds", m.Service.Kind?.Plural ?? strings.GetValueOrDefault("service_kinds")));
        globals["service"] = service;
        globals["inspection"] = Obj(
            ("id", m.Id),
            ("title", m.Title),
            ("language", m.Language),
            ("inspectorate", m.Inspectorate),
            ("inspectorate_full", m.InspectorateFull),
            ("service", service),
            ("published", Obj(("year", m.Published.Year), ("month", m.Published.Month), ("month_name", m.Published.MonthName), ("text", m.Published.ToString()),
                ("date", DateValue(m.PublishedOn is { } day ? DateOrMonth.Of(day) : new DateOrMonth(m.Published.Year, m.Published.Month))))),
            ("fieldwork_start", DateValue(m.FieldworkStart)),
            ("fieldwork_end", m.FieldworkEnd is { } end ? DateValue(end) : null),
            ("partners", new ScriptArray(m.Partners)),
            ("joint", m.IsJoint),
            ("samples", Samples(m)),
            ("isbn", m.Isbn),
            ("data_annexe", m.DataAnnexe),
            ("lead_inspector", m.LeadInspector),
            ("chief_inspector", Obj(("name", m.ChiefInspector.Name), ("title", m.ChiefInspector.Title))),
            ("framework", report.Framework.Id));

        globals["score"] = Obj(
            ("total", score.Total),
            ("maximum", score.Maximum),
            ("text", score.ScoreText),
            ("overall", RatingObject(score.Overall, theme)));

        var standards = new ScriptArray();
        var standardsById = new Dictionary<string, ScriptObject>();
        foreach (var rated in score.Standards)
        {
            var s = StandardObject(rated, theme, narratives);
            standards.Add(s);
            standardsById[rated.Standard.Id] = s;
        }
        globals["standards"] = standards;

        var domains = new ScriptArray();
        foreach (var d in report.Domains)
        {
            var own = new ScriptArray(report.StandardsOf(d.Number).Select(s => standardsById[s.Id]));
            domains.Add(Obj(
                ("number", d.Number),
                ("name", d.Name),
                ("word", NumberWords.ToWords(d.Number)),
                ("introduction", d.Introduction is { IsBlank: false } intro ? Narrative(intro, narratives) : null),
                ("standards", own),
                ("scored", report.StandardsOf(d.Number).Any(s => s.Scored))));
        }
        globals["domains"] = domains;

        var rec = report.Recommendations;
        // The recommendations are Markdown the loader read from recommendations.md (validated as every Markdown file
        // is): written as they are. Every other string here is data and is escaped by the engine when printed.
        var groups = new ScriptArray(rec.Groups.Select(g => Obj(("lead_in", Md(g.LeadIn)), ("first_number", g.FirstNumber), ("items", MdArray(g.Items)))));
        globals["recommendations"] = Obj(
            ("introduction", Md(rec.Introduction)),
            ("groups", groups),
            ("lead_in", Md(rec.LeadIn)),
            ("items", MdArray(rec.Items)),
            ("count", rec.Count));

        globals["survey"] = report.Survey is { } survey ? SurveyObject(survey) : null;

        var cases = new ScriptObject();
        foreach (var c in report.Cases.Items) cases[c.Key] = c.Value;
        globals["cases"] = cases;

        var t = report.Texts;
        globals["texts"] = Obj(
            ("foreword", NarrativeOrNull(t.Foreword, narratives)),
            ("background", NarrativeOrNull(t.Background, narratives)),
            ("involvement", NarrativeOrNull(t.Involvement, narratives)),
            ("diversity", NarrativeOrNull(t.Diversity, narratives)),
            ("further_information", NarrativeOrNull(t.FurtherInformation, narratives)));

        // Which chapters the folder has (a blank file counts): a chapter left out leaves its whole section out.
        globals["chapters"] = Obj(
            ("foreword", t.Foreword is not null),
            ("background", t.Background is not null),
            ("involvement", t.Involvement is not null),
            ("diversity", t.Diversity is not null),
            ("further_information", t.FurtherInformation is not null));

        globals["template"] = Obj(("id", templateId), ("version", templateVersion));
        // Every rating, best first, for a key that explains the symbols once ("Outstanding ★, Good ● …").
        var ratings = new ScriptArray();
        foreach (var rating in Enum.GetValues<Rating>().OrderDescending()) ratings.Add(RatingObject(rating, theme));
        globals["ratings"] = ratings;
        var wording = new ScriptObject();
        foreach (var (key, text) in strings) wording[key] = text;
        globals["strings"] = wording;
        globals.SetValue("report", ReportFunctions.Create(narratives), readOnly: true);
        return globals;
    }

    public static ScriptObject RatingObject(Rating rating, Theme theme)
    {
        var style = theme.Rating(rating);
        return Obj(
            ("key", Key(rating)),
            ("name", style.Label),
            ("symbol", style.Symbol),
            ("symbol_name", style.SymbolName),
            ("points", RatingRules.Points(rating)));
    }

    /// <summary>
    /// What a not-rated standard shows where a rating would be: the words "Not rated", no symbol and no colour
    /// (the rating label and box renderers print an unknown key as plain words), and no points.
    /// </summary>
    public static ScriptObject NotRatedObject() => Obj(
        ("key", NotRatedKey),
        ("name", RatingNames.NotRated),
        ("symbol", ""),
        ("symbol_name", ""),
        ("points", 0));

    /// <summary>The key of <see cref="NotRatedObject"/>: never a rating, so <see cref="FromKey"/> gives null for it.</summary>
    public const string NotRatedKey = RatingKeys.NotRated;

    /// <summary>The key that templates, CSS classes and theme entries use (<see cref="RatingKeys"/>): <c>requires-improvement</c>.</summary>
    public static string Key(Rating rating) => RatingKeys.Key(rating);

    public static Rating? FromKey(string key) => RatingKeys.FromKey(key);

    private static ScriptObject StandardObject(RatedStandard rated, Theme theme, NarrativeTable narratives)
    {
        var s = rated.Standard;
        var questions = new ScriptArray();
        for (var i = 0; i < s.KeyQuestions.Count; i++)
        {
            var q = s.KeyQuestions[i];
            questions.Add(Obj(
                ("question", q.Question),
                ("percent_yes", q.PercentYes),
                ("percent", q.PercentYes.ToString("0.##", CultureInfo.InvariantCulture)),
                ("is_lowest", rated.IsLowestKeyQuestion(i)),
                ("yes", q.Yes),
                ("relevant", q.Relevant)));
        }
        return Obj(
            ("id", s.Id),
            ("domain", s.Domain),
            ("domain_name", s.DomainName),
            ("name", s.Name),
            ("statement", s.Statement),
            ("judged_on", s.JudgedOn == JudgedOn.Cases ? "cases" : "evidence"),
            ("judged_on_cases", s.JudgedOn == JudgedOn.Cases),
            ("rating", rated.NotRated ? NotRatedObject() : RatingObject(rated.Rating, theme)),
            ("not_rated", rated.NotRated),
            ("scored", s.Scored),
            ("points", rated.Points),
            ("key_questions", questions),
            ("findings", NarrativeOrNull(s.Findings, narratives)));
    }

    private static ScriptObject SurveyObject(Survey survey)
    {
        var scores = new ScriptArray(survey.Scores.Select(sc => Obj(("score", sc.Score), ("children", sc.Children))));
        var quotes = new ScriptObject();
        foreach (var g in survey.Quotes) quotes[g.Name] = new ScriptArray(g.Quotes);
        return Obj(("invited", survey.Invited), ("replied", survey.Replied), ("completed", survey.Completed), ("scores", scores), ("quotes", quotes));
    }

    private static ScriptArray Samples(ReportMetadata m)
    {
        var list = new ScriptArray();
        foreach (var s in m.Samples)
            list.Add(Obj(("name", s.Name), ("from", DateValue(s.Range.From)), ("to", DateValue(s.Range.To))));
        return list;
    }

    /// <summary>
    /// A date as templates see it: a day is a date (as it always was, so <c>report.date</c> prints it); a month alone is
    /// a <see cref="MonthObject"/>, which <c>report.month_year</c> and <c>report.date_as_known</c> print and
    /// <c>report.date</c> refuses, so no template can print a day that nobody gave.
    /// </summary>
    public static object DateValue(DateOrMonth date) =>
        date.Date is { } day ? day.ToDateTime(TimeOnly.MinValue) : MonthObject(date.YearMonth);

    /// <summary>A month without a day: <c>{ year, month, month_name, text, is_month: true }</c>.</summary>
    public static ScriptObject MonthObject(YearMonth month) =>
        Obj(("year", month.Year), ("month", month.Month), ("month_name", month.MonthName), ("text", month.ToString()), ("is_month", true));

    private static ScriptObject? NarrativeOrNull(MarkdownSource? source, NarrativeTable narratives) =>
        source is { IsBlank: false } ? Narrative(source, narratives) : null;

    private static ScriptObject Narrative(MarkdownSource source, NarrativeTable narratives) =>
        Obj(("key", narratives.Add(source)), ("file", source.File));

    // Empty gives null, as an empty string is false in a template's if (an object never is).
    private static MarkdownText? Md(string? markdown) => string.IsNullOrEmpty(markdown) ? null : new MarkdownText(markdown);

    private static ScriptArray MdArray(IEnumerable<string> markdown) => new(markdown.Select(m => new MarkdownText(m)));

    private static ScriptObject Obj(params (string Name, object? Value)[] members)
    {
        var o = new ScriptObject();
        foreach (var (name, value) in members) o[name] = value;
        return o;
    }
}
