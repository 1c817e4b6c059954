namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // The variety of inspections: not rated, counts, service, dates, joint inspections, optional parts
    public const string NotRatedNotAllowed = "RB1501";
    public const string PercentNotFromCounts = "RB1502";
    public const string UnknownServiceKind = "RB1503";
    public const string ServiceAbbreviationDiffers = "RB1504";
    public const string PartnerDuplicate = "RB1505";
    public const string RequiredPartMissing = "RB1506";
    public const string RequiredPartsBad = "RB1507";
    public const string FrameworkInvalid = "RB1508";
    public const string FrameworkFileMissing = "RB1509";
    public const string StringsFileBadKey = "RB1510";
    public const string StandardValueNotGiven = "RB1511";
}
