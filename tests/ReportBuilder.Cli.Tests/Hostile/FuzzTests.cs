using CsCheck;
using ReportBuilder.Cli.Limits;
using ReportBuilder.Pipeline.Limits;
using ReportBuilder.Pipeline;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Cli.Tests.Hostile;

/// <summary>
/// Property-based fuzzing (CsCheck): random Markdown made of the constructs that break parsers and line breakers, through
/// the whole build (templates, layout, PDF); and random structure-aware edits of the CSV and YAML files through the loader.
/// The data branch's RobustnessTests already edit fixture bytes at random; these generate syntax instead. Bounded by
/// iteration count so CI spends a few seconds; CsCheck prints the seed of any failure (set RB_FUZZ_SEED to replay it,
/// RB_FUZZ_ITER to run longer). Every failure found becomes a corpus case in <see cref="HostileCorpus"/>.
/// </summary>
public class FuzzTests
{
    private static readonly string? Seed = Environment.GetEnvironmentVariable("RB_FUZZ_SEED");

    private static long Iterations(long ci) => long.TryParse(Environment.GetEnvironmentVariable("RB_FUZZ_ITER"), out var n) ? n : ci;

    private static readonly string[] MarkdownPieces =
    [
        "word ", "*", "**", "_", "__", "`", "```\n", "~~", "[^a]", "[^b]", "\n[^a]: a note\n", "\n\n", "\n", "- ", "  - ", "    - ",
        "1. ", "> ", ">> ", "# ", "### ", "| a | b |\n|---|---|\n| 1 | 2 |\n", "<b>", "</b>", "<!-- c -->", "&amp;", "&#x1F600;",
        "\\", "[link](https://example.org)", "![img](../../x.png)", ":::", ":::narrative x\n", "😀", "שלום", "مرحبا", "e\u0301",
        "\u200B", "\u00AD", "\u202E", "\t", "   ", new string('w', 120), "https://example.org/" + new string('p', 90), "---\n", "***",
        "-", "—", "“", "”", "…", "(", ")", "[", "]", "{{", "}}", "%", "94%",
    ];

    [Fact]
    public void RandomMarkdown_ThroughTheWholeBuild_NeverThrows_AndFailsOnlyWithAnError()
    {
        using var folder = new HostileFolder();
        var options = new PipelineOptions { TemplatesRoot = folder.Templates };
        Gen.OneOf(MarkdownPieces).Array[1, 40].Select(string.Concat).Sample(markdown =>
        {
            folder.Write("text/domain-2.md", markdown);
            var result = ReportPipeline.Run(folder.Report, options);
            Assert.True(result.Pdf is not null || result.Diagnostics.HasErrors, "a failed build must say why");
        }, seed: Seed, iter: Iterations(12), threads: 1, print: m => "\n" + m);
    }

    private static readonly string[] CsvPieces =
        [",", ";", "\"", "\"\"", "\n", "\r\n", "\uFEFF", "94", "94 %", "0.94", "", "NaN", "1e9", "-3", "2.1", "1.1", "Good", "yes", " ", "\t", "é", "\0"];

    private static readonly string[] YamlPieces =
        [": ", "\n", "  ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "!!binary ", "'", "\"", "#", "|", ">", "~", "null", "2023-04", "-5", "1e9", "replied", "scores", "\t", "%YAML 1.1\n", "---\n", "...\n"];

    [Fact]
    public void RandomCsvAndYamlEdits_ThroughTheLoader_NeverThrow()
    {
        using var folder = new HostileFolder();
        var originals = new[] { "standards.csv", "key-questions.csv", "survey.yaml", "report.yaml" }.ToDictionary(f => f, folder.Read);
        var gen =
            from file in Gen.OneOf(originals.Keys.ToArray())
            from at in Gen.Double[0, 1]
            from cut in Gen.Int[0, 20]
            from insert in Gen.OneOf(file.EndsWith(".csv") ? CsvPieces : YamlPieces).Array[1, 8]
            select (file, at, cut, insert: string.Concat(insert));
        gen.Sample(edit =>
        {
            foreach (var (name, text) in originals) folder.Write(name, text);
            var text0 = originals[edit.file];
            var position = (int)(edit.at * text0.Length);
            var cut = Math.Min(edit.cut, text0.Length - position);
            folder.Write(edit.file, text0[..position] + edit.insert + text0[(position + cut)..]);
            var result = ReportFolderLoader.Load(folder.Report, new ReportLoadOptions { TemplatesRoot = folder.Templates });
            Assert.True(result.Report is not null || result.Diagnostics.HasErrors, "a refused folder must say why");
        }, seed: Seed, iter: Iterations(150), threads: 1, print: e => $"{e.file} @{e.at:0.###} cut {e.cut}: {e.insert}");
    }
    private static readonly string[] LimitPieces =
        ["pages", "time", "file-size", "files", "loop", "recursion", "=", "==", " ", "5", "0", "-1", "1e3", "99999999999999999999", "1.5",
         "MiB", "kb", "GB", "ms", "s", "m", "h", "min", "_", ".", ",", "é", "\0", "\u00A0", "nan", "∞"];

    [Fact]
    public void RandomLimitText_IsAppliedOrRefusedWithAMessage_NeverThrows()
    {
        Gen.OneOf(LimitPieces).Array[0, 6].Select(string.Concat).Sample(text =>
        {
            if (LimitSettings.TryApply(ReportLimits.Default, text, out var limits, out var error))
            {
                Assert.Null(error);
                Assert.InRange(limits.MaxPages, 1, 1_000_000);
                Assert.InRange(limits.MaxFileBytes, 1, 1L << 30);
                Assert.InRange(limits.TimeLimit, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(24));
            }
            else
            {
                Assert.StartsWith($"--limit {text}: ", error);
            }
        }, seed: Seed, iter: Iterations(2_000), threads: 1, print: t => $"'{t}'");
    }

    /// <summary>
    /// A time limit that fires at a random point of the Lincolnshire build (loading, templates, layout, PDF writing) ends
    /// in a whole PDF or in RB1104 alone: never an exception, never another error from a half-cancelled stage.
    /// </summary>
    [Fact]
    public void RandomTimeLimits_EndInAPdfOrTheTimeLimitError()
    {
        using var folder = new HostileFolder();
        ReportPipeline.Run(folder.Report, new PipelineOptions { TemplatesRoot = folder.Templates }); // warm: the limits then fall inside the stages
        Gen.Int[1, 900].Sample(milliseconds =>
        {
            var limits = ReportLimits.Default with { TimeLimit = TimeSpan.FromMilliseconds(milliseconds) };
            var result = ReportPipeline.Run(folder.Report, new PipelineOptions { TemplatesRoot = folder.Templates, Limits = limits });
            if (result.Pdf is null)
                Assert.Equal("RB1104", Assert.Single(result.Diagnostics, d => d.IsError).Code);
            else
                Assert.False(result.Diagnostics.HasErrors);
        }, seed: Seed, iter: Iterations(8), threads: 1, print: ms => $"time={ms}ms");
    }
}
