namespace ReportBuilder.Data;

/// <summary>
/// The stable codes of the problems a report folder can have, grouped by hundreds: files, YAML, CSV, standards,
/// key questions, ratings, Markdown, recommendations, survey, template, metadata. docs/data-format.md lists them.
/// </summary>
public static class DiagnosticCodes
{
    // Files
    public const string MissingFile = "RB0001";
    public const string Encoding = "RB0002";
    public const string UnknownFile = "RB0003";
    public const string EmptyFile = "RB0004";
    public const string FolderNotFound = "RB0005";

    // YAML
    public const string YamlSyntax = "RB0101";
    public const string YamlUnknownKey = "RB0102";
    public const string YamlMissingKey = "RB0103";
    public const string YamlBadValue = "RB0104";

    // CSV
    public const string CsvSyntax = "RB0201";
    public const string CsvUnknownColumn = "RB0202";
    public const string CsvMissingColumn = "RB0203";
    public const string CsvFieldCount = "RB0204";
    public const string CsvDuplicateColumn = "RB0205";
    public const string CsvEmptyValue = "RB0206";

    // Standards
    public const string StandardBadId = "RB0301";
    public const string StandardDuplicate = "RB0302";
    public const string StandardMissing = "RB0303";
    public const string StandardUnknown = "RB0304";
    public const string UnknownRating = "RB0305";
    public const string BadJudgedOn = "RB0306";
    public const string BadScored = "RB0307";
    public const string ScoredDisagrees = "RB0308";
    public const string JudgedOnDisagrees = "RB0309";
    public const string DomainDisagrees = "RB0310";
    public const string StandardNameDiffers = "RB0311";
    public const string FindingsMissing = "RB0312";
    public const string FindingsForUnknownStandard = "RB0313";

    // Key questions
    public const string BadPercent = "RB0401";
    public const string CountsDisagree = "RB0402";
    public const string KeyQuestionUnknownStandard = "RB0403";
    public const string NoKeyQuestions = "RB0404";
    public const string KeyQuestionsOnEvidenceStandard = "RB0405";
    public const string DuplicateKeyQuestion = "RB0406";
    public const string BadCount = "RB0407";

    // Ratings
    public const string StatedRatingDisagrees = "RB0501";
    public const string StatedScoreDisagrees = "RB0502";
    public const string StatedOverallDisagrees = "RB0503";

    // Markdown
    public const string MisspeltHeading = "RB0601";
    public const string EmptyList = "RB0602";
    public const string FootnoteWithoutDefinition = "RB0603";
    public const string FootnoteWithoutReference = "RB0604";
    public const string NoFindingLists = "RB0605";
    public const string EmptyFindings = "RB0606";
    public const string UnknownContainer = "RB0607";
    public const string UnknownQuoteGroup = "RB0608";
    public const string SurveyContainerWithoutSurvey = "RB0609";
    public const string SurveyNotPlaced = "RB0610";
    public const string DuplicateFootnote = "RB0611";
    public const string HeadingWithoutList = "RB0612";

    // Recommendations
    public const string NoRecommendationList = "RB0701";
    public const string NoLeadIn = "RB0702";
    public const string RecommendationCountWord = "RB0703";
    public const string ExtraRecommendationContent = "RB0704";

    // Survey
    public const string SurveyCounts = "RB0801";
    public const string SurveyScores = "RB0802";
    public const string EmptyQuoteGroup = "RB0803";

    // Template
    public const string TemplatesRootNotFound = "RB0901";
    public const string TemplateNotFound = "RB0902";
    public const string TemplateVersionNotFound = "RB0903";
    public const string TemplateManifest = "RB0904";
    public const string UnknownFramework = "RB0905";
    public const string FontsFolderNotFound = "RB0906";   // reported by the CLI pipeline

    // Metadata
    public const string DomainUnknown = "RB1001";
    public const string DomainDuplicate = "RB1002";
    public const string DateRangeReversed = "RB1003";
    public const string InspectorateName = "RB1004";
    public const string IsbnChecksum = "RB1005";
    public const string UnknownCaseCount = "RB1006";
    public const string CaseCountsDisagree = "RB1007";

    // Output and input paths (issue #14), reported by the CLI and the HTML edition
    public const string OutputRefused = "RB1301";

    // Tooling: report folder skeletons (reportbuilder new)
    public const string Placeholder = "RB1701";
    public const string NewFolderRefused = "RB1702";
    public const string NewTemplateUnknown = "RB1703";

    // The variety of inspections: not rated, counts, service, dates, joint inspections, optional parts
    public const string NotRatedNotAllowed = "RB1501";
    public const string PercentNotFromCounts = "RB1502";
    public const string StringsFileBadKey = "RB1510";      // reported by ReportBuilder.Templating (TemplateSet)
}
