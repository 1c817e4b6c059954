using System.Text.RegularExpressions;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Cli.Tests.Commands;

/// <summary>
/// The report's Markdown is validated once, with the report folder: each mistake gives one diagnostic, with one code and
/// one wording, whichever command meets it. (Before, a draft printed four diagnostics for the two mistakes below: the
/// loader's and, again under other codes and words, the templating stage's.)
/// </summary>
public sealed partial class OneDiagnosticPerMistakeTests : IDisposable
{
    private readonly TempFolder _temp = new("rb-one-diagnostic");

    public void Dispose() => _temp.Dispose();

    /// <summary>Lincolnshire with a footnote reference that has no text and a misspelt container in its foreword.</summary>
    private string ReportWithTwoMistakes()
    {
        var report = _temp.CopyIn(Repository.Data("lincolnshire-2023"), "report");
        File.AppendAllText(Path.Combine(report, "text", "foreword.md"),
            "\nA sentence with a note[^missing] in it.\n\n:::rating-bax\nInside.\n:::\n");
        return report;
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    [InlineData("draft")]
    public void TwoMarkdownMistakes_GiveExactlyTwoDiagnostics(string command)
    {
        var report = ReportWithTwoMistakes();
        string[] args = command switch
        {
            "check" => ["check", report, "--templates", Repository.Templates],
            _ => [command, report, "-o", _temp.Combine($"{command}.pdf"), "--templates", Repository.Templates],
        };
        var output = new StringWriter();
        Program.Run(args, output, output);

        var diagnostics = DiagnosticLine().Matches(output.ToString()).Select(m => (m.Groups["file"].Value, m.Groups["code"].Value)).ToList();
        Assert.True(diagnostics.Count == 2, output.ToString());
        Assert.All(diagnostics, d => Assert.EndsWith("text/foreword.md", d.Item1.Replace('\\', '/')));
        Assert.Equal([DiagnosticCodes.FootnoteWithoutDefinition, DiagnosticCodes.UnknownContainer], diagnostics.Select(d => d.Item2).Order());
    }

    [Fact]
    public void TheWordingIsTheSame_InCheckBuildAndDraft()
    {
        var report = ReportWithTwoMistakes();
        string Diagnostics(params string[] args)
        {
            var output = new StringWriter();
            Program.Run(args, output, output);
            return string.Join("\n", DiagnosticLine().Matches(output.ToString()).Select(m => m.Value).Order(StringComparer.Ordinal));
        }

        var check = Diagnostics("check", report, "--templates", Repository.Templates);
        Assert.Equal(check, Diagnostics("build", report, "-o", _temp.Combine("final.pdf"), "--templates", Repository.Templates));
        Assert.Equal(check, Diagnostics("draft", report, "-o", _temp.Combine("draft.pdf"), "--templates", Repository.Templates));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    [InlineData("draft")]
    public void ATemplateManifestNamingAnotherId_GivesOneDiagnostic(string command)
    {
        var report = _temp.CopyIn(Repository.Data("lincolnshire-2023"), "report");
        var templates = _temp.CopyIn(Repository.Templates, "templates");
        var manifest = Path.Combine(templates, "hmip-youth-2021", "1", "template.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("id: hmip-youth-2021", "id: hmip-youth-2021x"));
        string[] args = command == "check"
            ? ["check", report, "--templates", templates]
            : [command, report, "-o", _temp.Combine($"{command}.pdf"), "--templates", templates];
        var output = new StringWriter();
        Program.Run(args, output, output);

        var diagnostic = Assert.Single(DiagnosticLine().Matches(output.ToString()));
        Assert.Equal(DiagnosticCodes.TemplateManifest, diagnostic.Groups["code"].Value);
    }

    /// <summary><c>file:line:column: error|warning: message [RBnnnn]</c>, one per line.</summary>
    [GeneratedRegex(@"^(?<file>\S+):\d+:\d+: (error|warning): .*\[(?<code>RB\d{4})\]$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
