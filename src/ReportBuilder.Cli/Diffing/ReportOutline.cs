using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;

namespace ReportBuilder.Cli.Diffing;

/// <summary>
/// A loaded report as the sections a reader meets, in reading order: template set, cover, ratings, each standard's
/// findings and key-question table, recommendations, survey, chapters. Ratings come from the computed score, never
/// from text, so a changed figure shows up with the rating it moves.
/// </summary>
public static class ReportOutline
{
    public static IReadOnlyList<SectionContent> Of(Report report, ReportScore score, string? templateFolder)
    {
        var sections = new List<SectionContent>
        {
            new(new DiffSection("template", "template set"), TemplateFiles(templateFolder)),
            new(new DiffSection("cover", "cover"), Cover(report.Metadata)),
            new(new DiffSection("ratings", "ratings"), Ratings(score)),
        };
        foreach (var standard in report.Standards)
        {
            var findings = new List<DiffItem>
            {
                new(ChangeKinds.Standard, "name", standard.Name),
                new(ChangeKinds.Standard, "statement", standard.Statement),
            };
            findings.AddRange(ProseBlocks.Split(standard.Findings.Text));
            sections.Add(new(new DiffSection($"standard-{standard.Id}-findings", $"standard {standard.Id} findings"), findings));
            if (standard.KeyQuestions.Count > 0)
                sections.Add(new(new DiffSection($"standard-{standard.Id}-key-questions", $"standard {standard.Id} key questions"), KeyQuestions(standard)));
        }
        sections.Add(new(new DiffSection("recommendations", "recommendations"), Recommendations(report.Recommendations)));
        if (report.Survey is { } survey) sections.Add(new(new DiffSection("survey", "survey"), Survey(survey)));
        sections.Add(Chapter("foreword", report.Texts.Foreword));
        sections.Add(Chapter("background", report.Texts.Background));
        foreach (var domain in report.Domains.Where(d => d.Introduction is not null))
            sections.Add(Chapter($"domain-{domain.Number}", $"domain {domain.Number} introduction", domain.Introduction!));
        sections.Add(Chapter("involvement", report.Texts.Involvement));
        sections.Add(Chapter("diversity", report.Texts.Diversity));
        sections.Add(Chapter("further-information", "further information", report.Texts.FurtherInformation));
        return sections;
    }

    /// <summary>
    /// One SHA-256 per section key over its items (kind, key, text, each framed by its length): what an archive
    /// manifest keeps so that a later verify can name the sections that changed without the old folder.
    /// </summary>
    public static SortedDictionary<string, string> Digests(IReadOnlyList<SectionContent> sections)
    {
        var digests = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            var text = new StringBuilder();
            foreach (var item in section.Items)
                foreach (var part in new[] { item.Kind, item.Key ?? "", item.Text })
                    text.Append(part.Length).Append(':').Append(part);
            digests[section.Section.Key] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
        }
        return digests;
    }

    private static SectionContent Chapter(string key, MarkdownSource? text) => Chapter(key, key, text);

    /// <summary>An optional chapter the report leaves out (<c>template.yaml</c>'s <c>required</c>) is a chapter with no blocks.</summary>
    private static SectionContent Chapter(string key, string title, MarkdownSource? text) =>
        new(new DiffSection("chapter-" + key, title), text is null ? [] : ProseBlocks.Split(text.Text));

    private static IReadOnlyList<DiffItem> Cover(ReportMetadata metadata)
    {
        var items = new List<DiffItem>
        {
            new(ChangeKinds.CoverField, "title", metadata.Title),
            new(ChangeKinds.CoverField, "service", metadata.Service.Name),
            new(ChangeKinds.CoverField, "area", metadata.Service.Area),
            new(ChangeKinds.CoverField, "published", metadata.Published.ToString()),
            new(ChangeKinds.CoverField, "chief inspector", $"{metadata.ChiefInspector.Name}, {metadata.ChiefInspector.Title}"),
        };
        // Optional parts (template.yaml's required): a report may name no lead inspector, or have no ISBN.
        if (metadata.LeadInspector is not null) items.Insert(4, new(ChangeKinds.CoverField, "lead inspector", metadata.LeadInspector));
        if (metadata.Isbn is not null) items.Add(new(ChangeKinds.CoverField, "ISBN", metadata.Isbn));
        return items;
    }

    private static IReadOnlyList<DiffItem> Ratings(ReportScore score)
    {
        var items = new List<DiffItem>
        {
            new(ChangeKinds.Rating, "overall rating", score.Overall.Display()),
            new(ChangeKinds.Score, "score", score.ScoreText),
        };
        foreach (var rated in score.Standards)
            items.Add(new(ChangeKinds.Rating, $"standard {rated.Standard.Id} rating", rated.NotRated ? "Not rated" : rated.Rating.Display(), rated.Standard.Name));
        return items;
    }

    private static IReadOnlyList<DiffItem> KeyQuestions(Standard standard) =>
        standard.KeyQuestions.Select((q, i) => new DiffItem(ChangeKinds.KeyQuestion, q.Question, Figure(q), q.Question) { Label = $"question {i + 1}" }).ToList();

    private static string Figure(KeyQuestion question)
    {
        var percent = question.PercentYes.ToString("0.##", CultureInfo.InvariantCulture) + "%";
        return question is { Yes: { } yes, Relevant: { } relevant } ? $"{percent} ({yes}/{relevant})" : percent;
    }

    private static IReadOnlyList<DiffItem> Recommendations(Recommendations recommendations)
    {
        var items = new List<DiffItem>(ProseBlocks.Split(recommendations.Introduction));
        foreach (var group in recommendations.Groups)
        {
            items.Add(new(ChangeKinds.Paragraph, null, group.LeadIn));
            items.AddRange(group.Items.Select(i => new DiffItem(ChangeKinds.Recommendation, null, i)));
        }
        items.Add(new(ChangeKinds.RecommendationCount, "recommendation count", recommendations.Count.ToString(CultureInfo.InvariantCulture)));
        return items;
    }

    private static IReadOnlyList<DiffItem> Survey(Survey survey)
    {
        var items = new List<DiffItem>
        {
            new(ChangeKinds.SurveyFigure, "invited", survey.Invited.ToString(CultureInfo.InvariantCulture)),
            new(ChangeKinds.SurveyFigure, "replied", survey.Replied.ToString(CultureInfo.InvariantCulture)),
            new(ChangeKinds.SurveyFigure, "completed", survey.Completed.ToString(CultureInfo.InvariantCulture)),
        };
        items.AddRange(survey.Scores.Select(s => new DiffItem(ChangeKinds.SurveyFigure, $"children scoring {s.Score}", s.Children.ToString(CultureInfo.InvariantCulture))));
        items.AddRange(survey.Quotes.SelectMany(g => g.Quotes.Select(q => new DiffItem(ChangeKinds.Quote, null, q))));
        return items;
    }

    /// <summary>Every file of the template set, keyed by relative path; the theme (<c>theme.yaml</c>) is named as such.</summary>
    private static IReadOnlyList<DiffItem> TemplateFiles(string? folder)
    {
        if (folder is null || !Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f).Replace('\\', '/'), Full: f))
            .Where(f => !f.Path.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => new DiffItem(IsTheme(f.Path) ? ChangeKinds.Theme : ChangeKinds.Template, f.Path,
                Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f.Full)))[..16]))
            .ToList();
    }

    private static bool IsTheme(string path) => Path.GetFileNameWithoutExtension(path) == "theme" || path.StartsWith("theme/", StringComparison.Ordinal);
}
