using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Ratings;
using ReportBuilder.Data.Validation;
using ReportBuilder.Dialect.Features.Images;
using ReportBuilder.Dialect.Features.SurveyChart;
using ReportBuilder.Dialect.Features.SurveyQuotes;

namespace ReportBuilder.Data.Loading;

/// <summary>
/// The one entry point of ReportBuilder.Data: reads a report folder, checks every rule, and returns the model with
/// its computed score, or every problem found. Never throws on bad input; all files are read once, in one pass.
/// </summary>
public static class ReportFolderLoader
{
    public const string ReportFile = "report.yaml";
    public const string StandardsFile = "standards.csv";
    public const string KeyQuestionsFile = "key-questions.csv";
    public const string RecommendationsFile = "recommendations.md";
    public const string SurveyFile = "survey.yaml";
    public const string TextFolder = "text";
    public const string StandardsFolder = "standards";

    private static readonly string[] TopLevelFiles = [ReportFile, StandardsFile, KeyQuestionsFile, RecommendationsFile, SurveyFile];

    /// <summary>Notes for the people editing the folder; never read, never warned about.</summary>
    private static readonly string[] NotesFiles = ["README.md", "NOTES.md"];
    private static readonly string[] TextFiles = ["foreword.md", "background.md", "involvement.md", "diversity.md", "further-information.md"];

    public static LoadResult Load(string folder, ReportLoadOptions? options = null)
    {
        options ??= new ReportLoadOptions();
        var cwd = options.CurrentDirectory ?? Directory.GetCurrentDirectory();
        var display = PathDisplay.Normalise(Path.TrimEndingDirectorySeparator(folder));
        var full = Path.GetFullPath(folder, cwd);
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(full))
        {
            diagnostics.Error(SourceSpan.StartOf(display), DiagnosticCodes.FolderNotFound, "the report folder does not exist");
            return new LoadResult(null, null, diagnostics, null);
        }
        if (!ReportLimitsCheck.Check(full, display, options.Limits, diagnostics)) return new LoadResult(null, null, diagnostics, null);
        return new Run(display, full, cwd, options, diagnostics).Execute();
    }

    /// <summary>The state of one load; a class so the steps can share it without long parameter lists.</summary>
    private sealed class Run(string display, string full, string cwd, ReportLoadOptions options, DiagnosticBag diagnostics)
    {
        private readonly Reading.ReportFileReader _reader = new(full, options.Limits.MaxFileBytes, options.CancellationToken);
        private readonly ImageLoader _images = new(full, display, options.Limits, options.CancellationToken);

        /// <summary>False once an image could not be placed: the model carries every image's bytes, so it is not built.</summary>
        private bool _imagesPlaced = true;

        private string Shown(string relative) => PathDisplay.Join(display, relative);

        private SourceFile? ReadRequired(string relative, string what)
        {
            var path = Path.Combine(full, relative);
            if (!File.Exists(path))
            {
                diagnostics.Error(SourceSpan.StartOf(Shown(relative)), DiagnosticCodes.MissingFile, $"missing file: {what}");
                return null;
            }
            return Checked(TextFileReader.Read(_reader, path, Shown(relative), diagnostics));
        }

        private SourceFile? ReadOptional(string relative) =>
            File.Exists(Path.Combine(full, relative)) ? Checked(TextFileReader.Read(_reader, Path.Combine(full, relative), Shown(relative), diagnostics)) : null;

        /// <summary>Every file read passes here, so that no placeholder of a fresh skeleton goes unnoticed.</summary>
        private SourceFile? Checked(SourceFile? file)
        {
            if (file is not null) PlaceholderRule.Check(file, options.PlaceholdersAreErrors, diagnostics);
            return file;
        }

        private static MarkdownSource ToMarkdown(SourceFile file) => new(file.DisplayPath, file.Text);

        public LoadResult Execute()
        {
            CheckUnknownFiles();

            // report.yaml, then the template it names (which gives the framework the standards are checked against).
            var reportFile = ReadRequired(ReportFile, "the report's metadata (names, dates, template, domains)");
            var meta = reportFile is null ? null : MetadataLoader.Load(reportFile, diagnostics);
            TemplateInfo? template = null;
            if (meta?.Template is { } reference)
            {
                var root = options.TemplatesRoot is { } given ? Path.GetFullPath(given, cwd) : TemplateLocator.FindTemplatesRoot(full, cwd);
                template = TemplateLocator.Locate(reference, root, cwd, meta.TemplateSpan, meta.TemplateVersionSpan, diagnostics);
            }
            var framework = template?.Framework;
            var domains = meta?.Domains ?? [];
            var required = template?.Required ?? RequiredParts.Everything;
            if (meta?.Metadata is { } metadata && template is not null) CheckRequiredMetadata(metadata, meta, template);
            var templateImages = ImageLibrary.Empty;
            if (template is not null)
            {
                (templateImages, var good) = ImageLoader.LoadTemplateSet(template.Folder, PathDisplay.Relative(template.Folder, cwd), options.Limits, diagnostics,
                    options.CancellationToken);
                _imagesPlaced &= good;
            }

            // The figures.
            var standardRows = new List<StandardRow>();
            HashSet<string> incompleteStandards = [], incompleteQuestions = [];
            var standardsTable = ReadRequired(StandardsFile, "one row per standard") is { } standardsCsv
                ? CsvTableReader.Read(standardsCsv, StandardsLoader.StandardColumns, StandardsLoader.StandardFrameworkColumns, diagnostics)
                : null;
            var standardsRead = standardsTable is not null;
            if (standardsTable is not null)
                standardRows = StandardRules.CheckRows(StandardsLoader.ReadStandards(standardsTable, diagnostics, out incompleteStandards, framework, domains),
                    incompleteStandards, domains, framework, standardsTable.File.DisplayPath, diagnostics);

            var questions = new List<KeyQuestion>();
            var questionsRead = false;
            if (ReadRequired(KeyQuestionsFile, "one row per key question of the case-judged standards") is { } questionsCsv)
            {
                // Cross-checks need both tables: with either unreadable they would only repeat its error row by row.
                if (CsvTableReader.Read(questionsCsv, StandardsLoader.KeyQuestionColumns, StandardsLoader.KeyQuestionOptionalColumns, diagnostics) is { } table)
                {
                    questions = StandardsLoader.ReadKeyQuestions(table, diagnostics, out incompleteQuestions);
                    questionsRead = true;
                    if (standardsRead) StandardRules.CheckKeyQuestions(standardRows, incompleteStandards, questions, incompleteQuestions, diagnostics);
                }
            }

            // The survey comes before the texts, whose containers name its quote groups.
            var surveyFile = ReadOptional(SurveyFile);
            var survey = surveyFile is null ? null : SurveyLoader.Load(surveyFile, diagnostics);
            var hasSurvey = surveyFile is not null;
            var placedContainers = new List<ContainerFact>();

            MarkdownFacts? Facts(SourceFile? file)
            {
                if (file is null) return null;
                MarkdownFacts facts;
                try
                {
                    facts = MarkdownFacts.Parse(ToMarkdown(file));
                }
                catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
                {
                    // [hostile-input] Markdig throws on input nested past its depth limit (200 '>' or list levels):
                    // the author's input, so an error naming the file rather than an internal error.
                    diagnostics.Error(SourceSpan.StartOf(file.DisplayPath), DiagnosticCodes.NarrativeNestedTooDeeply,
                        "the Markdown is nested too deeply to read (lists, quotes or emphasis inside one another); flatten it");
                    return null;
                }
                MarkdownRules.CheckCommon(facts, survey, hasSurvey, diagnostics);
                _imagesPlaced &= ImageRule.Check(facts.Document, facts.Origin, _images.Resolve, diagnostics);
                placedContainers.AddRange(facts.Containers);
                return facts;
            }

            // Findings per standard.
            var standards = new List<Standard>();
            foreach (var row in standardRows)
            {
                var relative = $"{StandardsFolder}/{row.Id}.md";
                // A not-rated standard may say only that it was not rated: its findings are optional.
                var findings = row.NotRated ? ReadOptional(relative) : ReadRequired(relative, $"the findings of standard {row.Id}");
                if (Facts(findings) is { } facts) MarkdownRules.CheckFindings(facts, row.Id, row.JudgedOn, diagnostics, listsExpected: !row.NotRated);
                var markdown = findings is null ? new MarkdownSource(Shown(relative), "") : ToMarkdown(findings);
                standards.Add(new Standard(row.Id, row.Domain, row.DomainName, row.Name, row.Statement, row.JudgedOn, row.Rating, row.Scored,
                    questions.Where(q => q.StandardId == row.Id).ToList(), markdown, row.Row.Span) { NotRated = row.NotRated });
            }

            CheckOrphans(standardRows, incompleteStandards, domains);

            // Texts: a chapter the template set does not require may be left out (its section is then left out).
            var missingChapter = false;
            var texts = TextFiles.ToDictionary(name => name, name =>
            {
                var chapter = name[..^3];
                var relative = $"{TextFolder}/{name}";
                var file = required.Chapters.Contains(chapter) ? ReadRequired(relative, $"the chapter '{chapter}'") : ReadOptional(relative);
                missingChapter |= file is null && (required.Chapters.Contains(chapter) || File.Exists(Path.Combine(full, relative)));
                Facts(file);
                return file;
            });
            var domainModels = new List<Domain>();
            foreach (var domain in domains)
            {
                var file = ReadOptional($"{TextFolder}/domain-{domain.Number}.md");
                Facts(file);
                domainModels.Add(new Domain(domain.Number, domain.Name, file is null ? null : ToMarkdown(file)));
            }

            var recommendationsFile = ReadRequired(RecommendationsFile, "the sentence before the recommendations, then a numbered list");
            var recommendations = Facts(recommendationsFile) is { } rf ? RecommendationsLoader.Load(rf, diagnostics) : null;

            if (survey is not null && placedContainers.All(c => c.Name != SurveyChartExtension.Name))
                diagnostics.Warning(SourceSpan.StartOf(surveyFile!.DisplayPath), DiagnosticCodes.SurveyNotPlaced,
                    $"the survey is never placed: add ':::{SurveyChartExtension.Name}' and ':::' to text/involvement.md");
            if (survey is not null)
                foreach (var group in survey.Quotes.Where(g => placedContainers.All(c => c.Name != SurveyQuotesExtension.Name || c.Arguments != g.Name)))
                    diagnostics.Warning(SourceSpan.StartOf(surveyFile!.DisplayPath), DiagnosticCodes.SurveyNotPlaced,
                        $"quote group '{group.Name}' is never placed: add ':::{SurveyQuotesExtension.Name} {group.Name}' and ':::' to the text");

            // Ratings: computed from what could be read, so a wrong stated figure is reported alongside other problems.
            var score = standards.Count > 0 ? ReportScore.Compute(standards, framework?.Bands) : null;
            if (score is not null)
            {
                // The total is compared only when every standard of the framework was read with all its key questions.
                var complete = framework is not null && standardsRead && questionsRead && incompleteStandards.Count == 0
                    && incompleteQuestions.Count == 0 && framework.Standards.All(f => standards.Any(s => s.Id == f.Id))
                    // A scored standard wrongly marked Not rated (RB1501) leaves the total unknown: not reported twice.
                    && standards.All(s => !s.NotRated || framework.Find(s.Id)?.MayBeNotRated == true);
                RatingChecks.Check(score, meta?.Metadata?.Stated, s => standardRows.First(r => r.Id == s.Id).Row.SpanOf("rating"),
                    incompleteQuestions, complete, diagnostics);
            }

            // The model is built whenever its required parts could be read, even beside errors such as a stated rating
            // that disagrees, so a draft can still be previewed; publishing checks Diagnostics.HasErrors.
            if (meta?.Metadata is null || framework is null || recommendations is null || score is null
                || !standardsRead || missingChapter || !_imagesPlaced)
                return new LoadResult(null, null, diagnostics, template?.Folder);

            var report = new Report(display, meta.Metadata, framework, domainModels, standards, recommendations, survey, meta.Cases,
                new ReportTexts(Chapter("foreword.md"), Chapter("background.md"), Chapter("involvement.md"), Chapter("diversity.md"),
                    Chapter("further-information.md")))
            {
                Images = _images.Library,
                TemplateImages = templateImages,
            };
            MarkdownSource? Chapter(string name) => texts[name] is { } file ? ToMarkdown(file) : null;
            return new LoadResult(report, score, diagnostics, template?.Folder);
        }

        /// <summary>The lead inspector and the sample periods that the template set requires (<see cref="RequiredParts"/>).</summary>
        private void CheckRequiredMetadata(ReportMetadata metadata, MetadataParse parse, TemplateInfo template)
        {
            var set = $"{template.Id}/{template.Version}";
            if (template.Required.LeadInspector && metadata.LeadInspector is null)
                diagnostics.Error(parse.RootSpan, DiagnosticCodes.RequiredPartMissing,
                    $"missing key 'lead_inspector': the template set {set} requires the lead inspector's name");
            if (template.Required.Samples is null)
            {
                if (!parse.SamplesGiven)
                    diagnostics.Error(parse.SamplesSpan, DiagnosticCodes.RequiredPartMissing,
                        $"missing key 'samples': the template set {set} requires the sample periods (court: {{ from: 2023-01-09, to: 2023-10-27 }})");
                return;
            }
            foreach (var name in template.Required.Samples.Where(n => metadata.Sample(n) is null))
                diagnostics.Error(parse.SamplesSpan, DiagnosticCodes.RequiredPartMissing,
                    $"missing sample period 'samples.{name}': the template set {set} requires it");
        }

        /// <summary>Files that nothing reads are probably misnamed (<c>standard.csv</c>); hidden files are ignored.</summary>
        private void CheckUnknownFiles()
        {
            var knownTop = TopLevelFiles.Concat([TextFolder, StandardsFolder, ImageLoader.Folder]).ToArray();
            foreach (var entry in Directory.EnumerateFileSystemEntries(full).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.') || knownTop.Contains(name) || NotesFiles.Contains(name)) continue;
                diagnostics.Warning(SourceSpan.StartOf(Shown(name)), DiagnosticCodes.UnknownFile,
                    $"unknown file '{name}' is not read{Suggestions.DidYouMean(name, knownTop)}");
            }
            var textFolder = Path.Combine(full, TextFolder);
            if (Directory.Exists(textFolder))
            {
                var known = TextFiles.ToList();
                foreach (var entry in Directory.EnumerateFileSystemEntries(textFolder).Order(StringComparer.Ordinal))
                {
                    var name = Path.GetFileName(entry);
                    if (name.StartsWith('.') || known.Contains(name) || IsDomainIntroduction(name)) continue;
                    diagnostics.Warning(SourceSpan.StartOf(Shown($"{TextFolder}/{name}")), DiagnosticCodes.UnknownFile,
                        $"unknown file '{TextFolder}/{name}' is not read{Suggestions.DidYouMean(name, known.Append("domain-1.md"))}");
                }
            }
            var standardsFolder = Path.Combine(full, StandardsFolder);
            if (Directory.Exists(standardsFolder))
            {
                foreach (var entry in Directory.EnumerateFileSystemEntries(standardsFolder).Order(StringComparer.Ordinal))
                {
                    var name = Path.GetFileName(entry);
                    if (name.StartsWith('.')) continue;
                    if (!name.EndsWith(".md", StringComparison.Ordinal) || !StandardsLoader.TryParseId(name[..^3], out _))
                        diagnostics.Warning(SourceSpan.StartOf(Shown($"{StandardsFolder}/{name}")), DiagnosticCodes.UnknownFile,
                            $"unknown file '{StandardsFolder}/{name}' is not read; findings files are named by the standard's id (2.1.md)");
                }
            }
        }

        /// <summary>Findings and introductions that no standard or domain of the report would print.</summary>
        private void CheckOrphans(IReadOnlyList<StandardRow> rows, IReadOnlyCollection<string> incomplete, IReadOnlyList<DomainEntry> domains)
        {
            var standardsFolder = Path.Combine(full, StandardsFolder);
            if (Directory.Exists(standardsFolder) && rows.Count > 0)
                foreach (var entry in Directory.EnumerateFiles(standardsFolder, "*.md").Order(StringComparer.Ordinal))
                {
                    var id = Path.GetFileNameWithoutExtension(entry);
                    if (StandardsLoader.TryParseId(id, out _) && rows.All(r => r.Id != id) && !incomplete.Contains(id))
                        diagnostics.Error(SourceSpan.StartOf(Shown($"{StandardsFolder}/{Path.GetFileName(entry)}")), DiagnosticCodes.FindingsForUnknownStandard,
                            $"findings for standard {id}, which standards.csv does not list{Suggestions.DidYouMean(id, rows.Select(r => r.Id))}");
                }
            var textFolder = Path.Combine(full, TextFolder);
            if (Directory.Exists(textFolder) && domains.Count > 0)
                foreach (var entry in Directory.EnumerateFiles(textFolder, "domain-*.md").Order(StringComparer.Ordinal))
                {
                    var name = Path.GetFileName(entry);
                    if (IsDomainIntroduction(name) && int.Parse(name["domain-".Length..^3]) is var n && domains.All(d => d.Number != n))
                        diagnostics.Error(SourceSpan.StartOf(Shown($"{TextFolder}/{name}")), DiagnosticCodes.DomainUnknown,
                            $"introduction of domain {n}, which report.yaml does not list under 'domains'");
                }
        }

        private static bool IsDomainIntroduction(string name) =>
            name.StartsWith("domain-", StringComparison.Ordinal) && name.EndsWith(".md", StringComparison.Ordinal)
            && int.TryParse(name["domain-".Length..^3], out _);
    }
}
