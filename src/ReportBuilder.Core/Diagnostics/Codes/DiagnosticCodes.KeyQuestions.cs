namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // Key questions (key-questions.csv)
    public const string BadPercent = "RB0401";
    public const string CountsDisagree = "RB0402";
    public const string KeyQuestionUnknownStandard = "RB0403";
    public const string NoKeyQuestions = "RB0404";
    public const string KeyQuestionsOnEvidenceStandard = "RB0405";
    public const string DuplicateKeyQuestion = "RB0406";
    public const string BadCount = "RB0407";
}
