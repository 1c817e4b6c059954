using System.Text.RegularExpressions;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Cli.Tests.EndToEnd;

/// <summary>
/// What a report built with the templates must contain, in order, derived from its data folder (as loaded): for a
/// report that has no published PDF to compare with. The template wording checked is the fixed part that every
/// report of a framework prints (headings, the "Our rating" sentence and note).
/// </summary>
public static partial class DataExpectations
{
    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five"];

    public const string OurRatingNote =
        "The rating for the standard is driven by the lowest score on each of the key questions, which is placed in a rating band, indicated in bold in the table. A more detailed explanation is available in the data annexe.";

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    public static List<Expectation> InOrder(Report report, ReportScore score)
    {
        var list = new List<Expectation>();
        void Add(ExpectationKind kind, string text) => list.Add(new Expectation(kind, TextMatch.Normalise(text), 0));
        var m = report.Metadata;

        Add(ExpectationKind.Paragraph, m.Title[..^m.Service.Area.Length].Trim());
        Add(ExpectationKind.Heading, m.Service.Area);
        Add(ExpectationKind.Paragraph, $"{m.Inspectorate}, {m.Published}");
        Add(ExpectationKind.Heading, "Contents");
        Add(ExpectationKind.Paragraph, $"This inspection was led by HM Inspector {m.LeadInspector}");

        Add(ExpectationKind.Heading, "Foreword");
        Markdown(report.Texts.Foreword, Add);
        Add(ExpectationKind.Paragraph, m.ChiefInspector.Name);
        Add(ExpectationKind.Paragraph, m.ChiefInspector.Title);

        Add(ExpectationKind.Heading, "Ratings");
        Add(ExpectationKind.RatingsRow, m.Service.Name);
        Add(ExpectationKind.RatingsRow, $"Score {score.ScoreText}");
        Add(ExpectationKind.RatingsRow, $"Overall rating {score.Overall.Display()}");
        foreach (var domain in report.Domains)
        {
            Add(ExpectationKind.RatingsRow, $"{domain.Number}. {domain.Name}");
            foreach (var s in report.StandardsOf(domain.Number))
                Add(ExpectationKind.RatingsRow, $"{s.Id} {s.Name} {s.StatedRating.Display()}");
        }

        Add(ExpectationKind.Heading, "Recommendations");
        foreach (var line in Paragraphs(report.Recommendations.Introduction)) Add(ExpectationKind.Paragraph, line);
        foreach (var group in report.Recommendations.Groups)
        {
            Add(ExpectationKind.Paragraph, group.LeadIn);
            for (var i = 0; i < group.Items.Count; i++) Add(ExpectationKind.Recommendation, $"{group.FirstNumber + i}. {Plain(group.Items[i])}");
        }

        Add(ExpectationKind.Heading, "Background");
        Markdown(report.Texts.Background, Add);

        foreach (var domain in report.Domains)
        {
            Add(ExpectationKind.Heading, $"Domain {Words[domain.Number]}: {domain.Name}");
            if (domain.Introduction is { } intro) Markdown(intro, Add);
            foreach (var s in report.StandardsOf(domain.Number))
            {
                Add(ExpectationKind.Heading, $"{s.Id}. {s.Name}");
                Add(ExpectationKind.Paragraph, First(s.Statement));
                Add(ExpectationKind.Rating, s.StatedRating.Display());
                if (s.JudgedOn == JudgedOn.Cases)
                {
                    Add(ExpectationKind.Paragraph, $"Our rating for {s.Name.ToLowerInvariant()} is based on the following key questions:");
                    Add(ExpectationKind.TableHeader, "% 'Yes'");
                    foreach (var q in s.KeyQuestions) Add(ExpectationKind.KeyQuestion, $"{q.Question} {q.PercentYes:0.##}%");
                }
                Markdown(s.Findings, Add);
            }
            if (domain.Number == 1)
            {
                if (!report.Texts.Involvement.IsBlank)
                {
                    Add(ExpectationKind.Heading, "Involvement of children");
                    Markdown(report.Texts.Involvement, Add);
                }
                if (!report.Texts.Diversity.IsBlank)
                {
                    Add(ExpectationKind.Heading, "Diversity");
                    Markdown(report.Texts.Diversity, Add);
                }
            }
        }
        Add(ExpectationKind.Heading, "Further information");
        Markdown(report.Texts.FurtherInformation, Add);
        return list;
    }

    public static List<ExpectedTable> Tables(Report report) =>
        report.Standards.Where(s => s.JudgedOn == JudgedOn.Cases && s.KeyQuestions.Count > 0)
            .Select(s => new ExpectedTable(s.KeyQuestions.Select(q => (TextMatch.Normalise(q.Question), (int)q.PercentYes)).ToList())).ToList();

    [GeneratedRegex(@"\[\^([^\]\s]+)\](?!:)")]
    private static partial Regex FootnoteReference();

    [GeneratedRegex(@"^\[\^([^\]\s]+)\]:\s*(.*)$", RegexOptions.Multiline)]
    private static partial Regex FootnoteDefinition();

    /// <summary>
    /// Every footnote in the order the templates place its text: the data's own notes (by first reference in each file)
    /// and the "Our rating" note before each key-question table.
    /// </summary>
    public static List<ExpectedFootnote> Footnotes(Report report)
    {
        var texts = new List<string>();
        void From(MarkdownSource? source)
        {
            if (source is null) return;
            var definitions = FootnoteDefinition().Matches(source.Text).ToDictionary(m => m.Groups[1].Value, m => Plain(m.Groups[2].Value.Trim()));
            foreach (var label in FootnoteReference().Matches(source.Text).Select(m => m.Groups[1].Value).Distinct())
                if (definitions.TryGetValue(label, out var text)) texts.Add(text);
        }
        From(report.Texts.Foreword);
        From(report.Recommendations.Source);
        From(report.Texts.Background);
        foreach (var domain in report.Domains)
        {
            From(domain.Introduction);
            foreach (var s in report.StandardsOf(domain.Number))
            {
                if (s.JudgedOn == JudgedOn.Cases && s.KeyQuestions.Count > 0) texts.Add(OurRatingNote);
                From(s.Findings);
            }
            if (domain.Number == 1)
            {
                From(report.Texts.Involvement);
                From(report.Texts.Diversity);
            }
        }
        From(report.Texts.FurtherInformation);
        return texts.Select((t, i) => new ExpectedFootnote(i + 1, TextMatch.Normalise(t), 0)).ToList();
    }

    /// <summary>First words of each paragraph and bullet; "## Strengths" as the report prints it ("Strengths:").</summary>
    private static void Markdown(MarkdownSource source, Action<ExpectationKind, string> add)
    {
        foreach (var raw in source.Text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith(":::") || line.StartsWith("[^")) continue;
            line = FootnoteReference().Replace(line, "");
            if (line.StartsWith('#')) add(ExpectationKind.Heading, line.TrimStart('#').Trim() + ":");
            else if (line.StartsWith("- ")) add(ExpectationKind.Bullet, First(line[2..]));
            else add(ExpectationKind.Paragraph, First(line));
        }
    }

    private static IEnumerable<string> Paragraphs(string markdown) =>
        markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(First);

    private static string Plain(string markdown) => Link().Replace(markdown, "$1").Replace("**", "").Replace("*", "");

    private static string First(string text) =>
        string.Join(' ', Plain(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(ReferenceReport.FirstWords));
}
