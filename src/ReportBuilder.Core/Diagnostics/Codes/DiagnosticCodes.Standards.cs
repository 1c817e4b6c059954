namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // Standards (standards.csv, standards/*.md)
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
    public const string FindingsForUnknownStandard = "RB0313";
}
