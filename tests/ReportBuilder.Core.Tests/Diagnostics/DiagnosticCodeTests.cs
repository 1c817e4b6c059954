using System.Reflection;
using System.Text.RegularExpressions;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Core.Tests.Diagnostics;

/// <summary>
/// Every diagnostic code is defined once in <c>Core/Diagnostics/Codes/</c>, means one thing, is reported somewhere, and
/// is documented: a code a user reads in a message must lead to one row of docs/data-format.md.
/// </summary>
public sealed partial class DiagnosticCodeTests
{
    private static readonly string CodesFolder = Repository.Path("src", "ReportBuilder.Core", "Diagnostics", "Codes");

    private static IReadOnlyList<(string Name, string Code)> Codes { get; } = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (f.Name, (string)f.GetRawConstantValue()!))
        .ToList();

    /// <summary>The C# files of src/, without build output and without the code table itself.</summary>
    private static IEnumerable<(string Path, string Text)> SourceFiles() => Directory
        .EnumerateFiles(Repository.Path("src"), "*.cs", SearchOption.AllDirectories)
        .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                    !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") &&
                    !p.StartsWith(CodesFolder, StringComparison.Ordinal))
        .Select(p => (Path.GetRelativePath(Repository.Root, p), File.ReadAllText(p)));

    [Fact]
    public void Codes_AreWellFormed()
    {
        Assert.NotEmpty(Codes);
        Assert.All(Codes, c => Assert.Matches(CodePattern(), c.Code));
    }

    [Fact]
    public void Codes_AreUnique()
    {
        var twice = Codes.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Name))}");
        Assert.Empty(twice);
    }

    [Fact]
    public void Codes_AreEachUsedInSource()
    {
        var source = string.Join("\n", SourceFiles().Select(f => f.Text));
        var unused = Codes.Where(c => !Regex.IsMatch(source, $@"\bDiagnosticCodes\.{c.Name}\b")).Select(c => $"{c.Code} {c.Name}");
        Assert.Empty(unused);
    }

    [Fact]
    public void Codes_AreNeverLiteralsOutsideTheCodeTable()
    {
        var literals = SourceFiles()
            .SelectMany(f => QuotedCode().Matches(f.Text).Select(m => $"{f.Path}: {m.Value}"));
        Assert.Empty(literals);
    }

    [Fact]
    public void Codes_AreEachDocumentedInTheCodesTable()
    {
        var documented = DocumentedCodes();
        var missing = Codes.Where(c => !documented.Contains(c.Code)).Select(c => $"{c.Code} {c.Name}");
        Assert.Empty(missing);
    }

    [Fact]
    public void CodesTable_ListsNoCodeThatIsNotDefined()
    {
        var defined = Codes.Select(c => c.Code).ToHashSet();
        Assert.Empty(DocumentedCodes().Where(c => !defined.Contains(c)));
    }

    /// <summary>The first column of the table under "### Diagnostic codes", up to the next heading.</summary>
    private static HashSet<string> DocumentedCodes()
    {
        var doc = File.ReadAllText(Repository.Path("docs", "data-format.md"));
        var start = doc.IndexOf("### Diagnostic codes", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/data-format.md has no '### Diagnostic codes' section");
        var end = doc.IndexOf("\n#", start + 1, StringComparison.Ordinal);
        var section = doc[start..(end < 0 ? doc.Length : end)];
        return TableRowCode().Matches(section).Select(m => m.Groups[1].Value).ToHashSet();
    }

    [GeneratedRegex(@"^RB\d{4}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"""RB\d{4}""")]
    private static partial Regex QuotedCode();

    [GeneratedRegex(@"^\| (RB\d{4}) \|", RegexOptions.Multiline)]
    private static partial Regex TableRowCode();
}
