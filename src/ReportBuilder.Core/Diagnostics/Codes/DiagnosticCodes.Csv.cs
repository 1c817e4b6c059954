namespace ReportBuilder.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    // CSV of the report folder
    public const string CsvSyntax = "RB0201";
    public const string CsvUnknownColumn = "RB0202";
    public const string CsvMissingColumn = "RB0203";
    public const string CsvFieldCount = "RB0204";
    public const string CsvDuplicateColumn = "RB0205";
    public const string CsvEmptyValue = "RB0206";
}
