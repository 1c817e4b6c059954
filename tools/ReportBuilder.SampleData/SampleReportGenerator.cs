using System.Globalization;
using System.Text;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.SampleData;

/// <summary>What was generated: the report's id and the facts a test may want to check against the build.</summary>
public sealed record GeneratedReport(string Id, string Folder, string Framework, int Score, Rating Overall, bool HasSurvey);

/// <summary>
/// Writes plausible synthetic report folders in the format of <c>docs/data-format.md</c>: both frameworks
/// (<c>hmip-youth-2021</c> with resettlement and a survey, <c>hmip-youth-2018</c> with "Joint working" and none), ratings
/// consistent with their key questions, a stated score that the rules give, and lengths that vary from report to report.
/// The same seed gives the same bytes.
/// </summary>
public static class SampleReportGenerator
{
    private const string TemplateVersion = "1";

    /// <summary>
    /// The two frameworks, read from the repository's template sets (frameworks are data): found above the working
    /// directory or beside the tool, as <c>reportbuilder</c> finds them.
    /// </summary>
    private static readonly Lazy<(Framework Youth2021, Framework Youth2018)> Frameworks = new(() =>
    {
        var root = TemplateLocator.FindTemplatesRoot(Directory.GetCurrentDirectory(), Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException("no 'templates' folder above the working directory: the frameworks are read from it");
        Framework Read(string id)
        {
            var diagnostics = new DiagnosticBag();
            return FrameworkLoader.Read(Path.Combine(root, id, TemplateVersion, FrameworkLoader.FileName), diagnostics)
                ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
        }
        return (Read("hmip-youth-2021"), Read("hmip-youth-2018"));
    });

    /// <summary>Writes <paramref name="count"/> report folders under <paramref name="outputDirectory"/>.</summary>
    public static IReadOnlyList<GeneratedReport> Generate(string outputDirectory, int count, int seed = 1)
    {
        Directory.CreateDirectory(outputDirectory);
        var random = new SeededRandom((ulong)seed);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var reports = new List<GeneratedReport>();
        for (var i = 0; i < count; i++)
            reports.Add(GenerateOne(outputDirectory, random, used, i));
        return reports;
    }

    private static GeneratedReport GenerateOne(string outputDirectory, SeededRandom random, HashSet<string> used, int index)
    {
        // About a third on the 2018 framework (published 2018 to mid-2021), the rest on 2021 (mid-2021 to 2025).
        var framework = index % 3 == 2 ? Frameworks.Value.Youth2018 : Frameworks.Value.Youth2021;
        var is2021 = framework == Frameworks.Value.Youth2021;
        var year = is2021 ? random.Between(2021, 2025) : random.Between(2018, 2021);
        var month = is2021 && year == 2021 ? random.Between(7, 12) : !is2021 && year == 2021 ? random.Between(1, 6) : random.Between(1, 12);
        var area = random.Pick(TextBank.Areas);
        var id = Slug(area) + "-" + year;
        for (var n = 2; !used.Add(id); n++) id = $"{Slug(area)}-{year}-{n}";

        var shortName = is2021 ? random.Pick(["YOS", "YJS"]) : "YOT";
        var serviceName = $"{area} {shortName switch { "YOS" => "Youth Offending Service", "YJS" => "Youth Justice Service", _ => "Youth Offending Team" }}";
        var folder = Path.Combine(outputDirectory, id);
        var ctx = new Context(random, shortName, area, serviceName);

        // Ratings: evidence-judged standards as inspectors state them, case-judged from their lowest key question.
        var quality = random.Pick([0, 1, 1, 2, 2, 2, 3, 3]); // a service's general level, so ratings within a report hang together; most are Good
        var standards = new List<(FrameworkStandard Standard, Rating Rating, List<(string Question, int Percent, int? Yes, int? Relevant)> Questions)>();
        var withCounts = random.Chance(30);
        foreach (var standard in framework.Standards)
        {
            var target = TargetRating(random, quality);
            if (standard.JudgedOn == JudgedOn.Evidence)
            {
                standards.Add((standard, target, []));
                continue;
            }
            var questions = Questions(standard).Select(q => Question(random, q, target, withCounts)).ToList();
            standards.Add((standard, RatingRules.RatingFromKeyQuestions(questions.Select(q => (decimal)q.Percent)), questions));
        }
        var score = RatingRules.Total(standards.Select(s => (s.Rating, s.Standard.Scored)));
        var overall = RatingRules.OverallFromTotal(score);
        var hasSurvey = is2021 && random.Chance(80);

        Directory.CreateDirectory(Path.Combine(folder, "text"));
        Directory.CreateDirectory(Path.Combine(folder, "standards"));
        Write(folder, "report.yaml", ReportYaml(ctx, id, framework, year, month, score, overall));
        Write(folder, "standards.csv", StandardsCsv(framework, standards.Select(s => s.Rating).ToList()));
        Write(folder, "key-questions.csv", KeyQuestionsCsv(standards.SelectMany(s => s.Questions.Select(q => (s.Standard.Id, q))).ToList(), withCounts));
        Write(folder, "recommendations.md", RecommendationsMd(ctx, is2021));
        if (hasSurvey) Write(folder, "survey.yaml", SurveyYaml(random));
        Write(folder, "text/foreword.md", Paragraphs(ctx, TextBank.Foreword, 2, 4, keepFirst: true));
        Write(folder, "text/background.md", Paragraphs(ctx, TextBank.Background, 2, 4, keepFirst: true));
        Write(folder, "text/domain-1.md", $"To inspect organisational delivery, we reviewed written evidence submitted in advance by the {shortName} and conducted {random.Between(8, 20)} meetings with staff, managers, board members and partners.\n");
        Write(folder, "text/domain-2.md", $"We took a detailed look at {random.Between(8, 24)} community sentences and {random.Between(1, 4)} custodial sentences managed by the {shortName}.\n");
        Write(folder, "text/domain-3.md", $"We took a detailed look at {random.Between(10, 30)} out-of-court disposals.\n");
        Write(folder, "text/involvement.md", InvolvementMd(ctx, hasSurvey));
        Write(folder, "text/diversity.md", Paragraphs(ctx, TextBank.Diversity, 1, 3, keepFirst: false));
        Write(folder, "text/further-information.md",
            "The following can be found on our website:\n\n- inspection data, including methodology and contextual facts about the " + shortName + "\n- a glossary of terms used in this report.\n");
        foreach (var (standard, _, _) in standards)
            Write(folder, $"standards/{standard.Id}.md", standard.JudgedOn == JudgedOn.Cases ? CaseFindings(ctx) : EvidenceFindings(ctx));

        return new GeneratedReport(id, folder, framework.Id, score, overall, hasSurvey);
    }

    private sealed record Context(SeededRandom Random, string ShortName, string Area, string ServiceName)
    {
        public string Fill(string text) => TextBank.Fill(text, ShortName, Area);
    }

    private static Rating TargetRating(SeededRandom random, int quality)
    {
        // Mostly the service's own level, sometimes one band either side.
        var level = quality + random.Pick([-1, 0, 0, 0, 1]);
        return (Rating)Math.Clamp(level, 0, 3);
    }

    private static (string Question, int Percent, int? Yes, int? Relevant) Question(SeededRandom random, string question, Rating target, bool withCounts)
    {
        var (low, high) = target switch
        {
            Rating.Outstanding => (80, 100),
            Rating.Good => (65, 95),
            Rating.RequiresImprovement => (50, 85),
            _ => (25, 75),
        };
        var percent = random.Between(low, high);
        if (!withCounts) return (question, percent, null, null);
        var relevant = random.Between(8, 30);
        var yes = (int)Math.Round(relevant * percent / 100.0, MidpointRounding.AwayFromZero);
        var exact = (int)Math.Round(100m * yes / relevant, MidpointRounding.AwayFromZero);
        return (question, exact, yes, relevant);
    }

    private static IReadOnlyList<string> Questions(FrameworkStandard standard) => standard.Name switch
    {
        "Assessment" =>
        [
            "Does assessment sufficiently analyse how to support the child's desistance?",
            "Does assessment sufficiently analyse how to keep the child safe?",
            "Does assessment sufficiently analyse how to keep other people safe?",
        ],
        "Planning" =>
        [
            "Does planning focus sufficiently on supporting the child's desistance?",
            "Does planning focus sufficiently on keeping the child safe?",
            "Does planning focus sufficiently on keeping other people safe?",
        ],
        "Implementation and delivery" =>
        [
            "Does the implementation and delivery of services effectively support the child's desistance?",
            "Does the implementation and delivery of services effectively support the safety of the child?",
            "Does the implementation and delivery of services effectively support the safety of other people?",
        ],
        "Reviewing" =>
        [
            "Does reviewing focus sufficiently on supporting the child's desistance?",
            "Does reviewing focus sufficiently on keeping the child safe?",
            "Does reviewing focus sufficiently on keeping other people safe?",
        ],
        _ =>
        [
            "Is the YOT's recommendation sufficiently well-informed, analytical and personalised to the child?",
            "Does the YOT's work with the police support the child's desistance?",
            "Does the YOT's work with partners keep the child and other people safe?",
        ],
    };

    private static readonly Dictionary<string, string> Statements = new()
    {
        ["Governance and leadership"] = "The governance and leadership of the YOT supports and promotes the delivery of a high-quality, personalised and responsive service for all children.",
        ["Staff"] = "Staff within the YOT are empowered to deliver a high-quality, personalised and responsive service for all children.",
        ["Partnerships and services"] = "A comprehensive range of high-quality services is in place, enabling personalised and responsive provision for all children.",
        ["Information and facilities"] = "Timely and relevant information is available and appropriate facilities are in place to support a high-quality, personalised and responsive approach for all children.",
        ["Assessment"] = "Assessment is well-informed, analytical and personalised, actively involving the child and their parents or carers.",
        ["Planning"] = "Planning is well-informed, holistic and personalised, actively involving the child and their parents or carers.",
        ["Implementation and delivery"] = "High-quality, well-focused, personalised and coordinated services are delivered, engaging and assisting the child.",
        ["Reviewing"] = "Reviewing of progress is well-informed, analytical and personalised, actively involving the child and their parents or carers.",
        ["Out-of-court disposal policy and provision"] = "There is a high-quality, evidence-based out-of-court disposal service in place that promotes diversion and supports sustainable desistance.",
        ["Joint working"] = "Joint working with the police supports the delivery of high-quality, personalised and coordinated services.",
        ["Resettlement policy and provision"] = "There is a high-quality, evidence-based resettlement service for children leaving custody.",
    };

    private static readonly string[] DomainNames = ["Organisational delivery", "Court disposals", "Out-of-court disposals", "Resettlement"];

    private static string ReportYaml(Context ctx, string id, Framework framework, int year, int month, int score, Rating overall)
    {
        var r = ctx.Random;
        var published = new DateOnly(year, month, 1);
        var fieldwork = published.AddDays(-r.Between(70, 120));
        var sampleTo = fieldwork.AddDays(-r.Between(40, 70));
        var sampleFrom = sampleTo.AddMonths(-r.Between(8, 11));
        var his = published >= new DateOnly(2022, 9, 1);
        var chief = published < new DateOnly(2019, 6, 1) ? "Dame Glenys Stacey" : published < new DateOnly(2024, 6, 1) ? "Justin Russell" : "Martin Jones";
        var is2021 = framework == Frameworks.Value.Youth2021;
        var sb = new StringBuilder();
        sb.Append($"id: {id}\n");
        sb.Append($"template: {framework.Id}\n");
        sb.Append($"template_version: \"{TemplateVersion}\"\n");
        sb.Append("language: en-GB\n");
        sb.Append($"title: An inspection of youth offending services in {ctx.Area}\n");
        sb.Append("inspectorate: HM Inspectorate of Probation\n");
        sb.Append($"inspectorate_full: {(his ? "His" : "Her")} Majesty's Inspectorate of Probation\n");
        sb.Append($"service:\n  name: {ctx.ServiceName}\n  short_name: {ctx.ShortName}\n  area: {ctx.Area}\n");
        sb.Append($"published: {year:D4}-{month:D2}\n");
        sb.Append($"fieldwork_start: {Iso(fieldwork)}\n");
        sb.Append("samples:\n");
        sb.Append($"  court: {{ from: {Iso(sampleFrom)}, to: {Iso(sampleTo)} }}\n");
        sb.Append($"  out_of_court: {{ from: {Iso(sampleFrom)}, to: {Iso(sampleTo)} }}\n");
        if (is2021) sb.Append($"  resettlement: {{ from: {Iso(sampleFrom)}, to: {Iso(sampleTo)} }}\n");
        sb.Append($"isbn: {Isbn(r)}\n");
        sb.Append($"lead_inspector: {r.Pick(TextBank.People)}\n");
        sb.Append($"chief_inspector:\n  name: {chief}\n  title: HM Chief Inspector of Probation\n");
        sb.Append("domains:\n");
        foreach (var number in framework.Standards.Select(s => s.Domain).Distinct())
            sb.Append($"  - {{ number: {number}, name: {DomainNames[number - 1]} }}\n");
        var cautions = r.Between(1, 10);
        var resolutions = r.Between(5, 30);
        sb.Append("cases:\n");
        sb.Append($"  community_sentences: {r.Between(8, 24)}\n");
        sb.Append($"  custodial_sentences: {r.Between(1, 4)}\n");
        sb.Append($"  out_of_court_disposals: {cautions + resolutions}\n");
        sb.Append($"  youth_conditional_cautions: {cautions}\n");
        sb.Append($"  community_resolutions: {resolutions}\n");
        if (is2021) sb.Append($"  resettlement_cases: {r.Between(1, 6)}\n");
        sb.Append($"  interviews: {r.Between(20, 60)}\n");
        sb.Append($"  meetings: {r.Between(8, 20)}\n");
        sb.Append($"stated:\n  score: {score}\n  overall_rating: {overall.Display()}\n");
        return sb.ToString();
    }

    private static string StandardsCsv(Framework framework, IReadOnlyList<Rating> ratings)
    {
        var sb = new StringBuilder("id,domain,name,statement,judged_on,rating,scored\n");
        for (var i = 0; i < framework.Standards.Count; i++)
        {
            var s = framework.Standards[i];
            sb.Append($"{s.Id},{DomainNames[s.Domain - 1]},{s.Name},{Csv(Statements[s.Name])},{(s.JudgedOn == JudgedOn.Cases ? "cases" : "evidence")},{ratings[i].Display()},{(s.Scored ? "yes" : "no")}\n");
        }
        return sb.ToString();
    }

    private static string KeyQuestionsCsv(IReadOnlyList<(string Standard, (string Question, int Percent, int? Yes, int? Relevant) Q)> rows, bool withCounts)
    {
        var sb = new StringBuilder(withCounts ? "standard,question,percent_yes,yes,relevant\n" : "standard,question,percent_yes\n");
        foreach (var (standard, q) in rows)
        {
            sb.Append($"{standard},{Csv(q.Question)},{q.Percent.ToString(CultureInfo.InvariantCulture)}");
            if (withCounts) sb.Append($",{q.Yes},{q.Relevant}");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string RecommendationsMd(Context ctx, bool is2021)
    {
        var items = ctx.Random.Sample(TextBank.Recommendations.Where(t => is2021 || !t.Contains("resettlement")).ToList(), ctx.Random.Between(3, 6));
        var sb = new StringBuilder();
        sb.Append($"As a result of our inspection findings, we have made {Words(items.Count)} recommendations that we believe, if implemented, will have a positive impact on the quality of youth offending services in {ctx.Area}.\n\n");
        sb.Append($"{ctx.ServiceName} should:\n\n");
        for (var i = 0; i < items.Count; i++)
            sb.Append($"{i + 1}. {ctx.Fill(items[i])}{(i == items.Count - 1 ? "." : "")}\n");
        return sb.ToString();
    }

    private static string SurveyYaml(SeededRandom r)
    {
        var invited = r.Between(15, 60);
        var replied = r.Between(5, invited);
        var completed = r.Between(Math.Max(1, replied - 3), replied);
        var scores = new SortedDictionary<int, int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        for (var i = 0; i < completed; i++)
        {
            var score = Math.Clamp(10 - r.Between(0, 5) + r.Between(0, 1) - r.Between(0, 1), 0, 10);
            scores[score] = scores.GetValueOrDefault(score) + 1;
        }
        var sb = new StringBuilder();
        sb.Append($"invited: {invited}\nreplied: {replied}\ncompleted: {completed}\n");
        sb.Append($"scores: {{ {string.Join(", ", scores.Select(p => $"{p.Key}: {p.Value}"))} }}\n");
        sb.Append("quotes:\n  positive:\n");
        foreach (var quote in r.Sample(TextBank.PositiveQuotes, r.Between(1, 3))) sb.Append($"    - \"{quote}\"\n");
        return sb.ToString();
    }

    private static string InvolvementMd(Context ctx, bool hasSurvey)
    {
        var sb = new StringBuilder();
        sb.Append($"The {ctx.ShortName} seeks the views of children and their parents or carers at the end of every intervention, and uses them to shape its services.\n\n");
        if (hasSurvey)
        {
            sb.Append($"The {ctx.ShortName} contacted, on our behalf, children who had open cases at the time of the inspection to gain their consent for a text survey. When asked how they rated the service they had received, children responded as follows:\n\n");
            sb.Append(":::survey-chart\n:::\n\nPositive responses included:\n\n:::survey-quotes positive\n:::\n");
        }
        else
        {
            sb.Append("Children told us that their workers listened to them and helped them to stay out of trouble.\n");
        }
        return sb.ToString();
    }

    private static string CaseFindings(Context ctx)
    {
        var r = ctx.Random;
        var paragraphs = new List<string>();
        for (var p = r.Between(1, 5); p > 0; p--)
            paragraphs.Add(string.Join(" ", r.Sample(TextBank.Narrative, r.Between(2, 5)).Select(ctx.Fill)));
        if (r.Chance(25))
        {
            paragraphs[0] += "[^1]";
            paragraphs.Add("[^1]: The figures are taken from the cases we inspected, not from the service's own data.");
        }
        return string.Join("\n\n", paragraphs) + "\n";
    }

    private static string EvidenceFindings(Context ctx)
    {
        var r = ctx.Random;
        var sb = new StringBuilder("## Strengths\n\n");
        foreach (var line in r.Sample(TextBank.Strengths, r.Between(2, 10))) sb.Append($"- {ctx.Fill(line)}\n");
        var improvements = r.Between(0, 4);
        if (improvements > 0)
        {
            sb.Append("\n## Areas for improvement\n\n");
            foreach (var line in r.Sample(TextBank.Improvements, improvements)) sb.Append($"- {ctx.Fill(line)}\n");
        }
        return sb.ToString();
    }

    private static string Paragraphs(Context ctx, IReadOnlyList<string> bank, int min, int max, bool keepFirst)
    {
        var count = ctx.Random.Between(min, Math.Min(max, bank.Count));
        var chosen = keepFirst ? bank.Take(1).Concat(ctx.Random.Sample(bank.Skip(1).ToList(), count - 1)) : ctx.Random.Sample(bank, count);
        return string.Join("\n\n", chosen.Select(ctx.Fill)) + "\n";
    }

    private static void Write(string folder, string relative, string text) =>
        File.WriteAllText(Path.Combine(folder, relative), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static string Csv(string field) => field.Contains(',') || field.Contains('"') ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');

    private static string Words(int n) => n switch
    {
        1 => "one", 2 => "two", 3 => "three", 4 => "four", 5 => "five", 6 => "six", 7 => "seven", 8 => "eight",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>An ISBN-13 in the inspectorate's range with a correct check digit (a validator may check it).</summary>
    private static string Isbn(SeededRandom r)
    {
        var body = $"9781915{r.Between(0, 99999):D5}";
        var sum = body.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        var check = (10 - sum % 10) % 10;
        return $"{body[..3]}-{body[3]}-{body[4..10]}-{body[10..12]}-{check}";
    }
}
