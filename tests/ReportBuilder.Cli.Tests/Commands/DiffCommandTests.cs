using System.Text.Json;
using ReportBuilder.Cli;
using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Commands;

/// <summary>'reportbuilder diff OLD NEW' run in-process on a copy of Lincolnshire edited by the test.</summary>
public class DiffCommandTests
{
    private static string Lincolnshire => Repository.Data("lincolnshire-2023");
    private static string Templates => Repository.Templates;

    private static string Copy()
    {
        var target = Path.Combine(Path.GetTempPath(), "rb-diff-" + Guid.NewGuid().ToString("N"));
        Folders.Copy(Lincolnshire, target);
        return target;
    }

    private static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var exit = Program.Run(args, output, new StringWriter());
        return (exit, output.ToString());
    }

    [Fact]
    public void Diff_IdenticalFolders_SaysNoChanges_Exits0()
    {
        var (exit, output) = Run("diff", Lincolnshire, Lincolnshire, "--templates", Templates);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("no changes\n", output.Replace("\r\n", "\n"));
    }

    /// <summary>Runs 'diff' from Lincolnshire to a copy edited by <paramref name="edit"/>, removing the copy afterwards.</summary>
    private static (int Exit, string Output) DiffAfter(Action<string> edit, params string[] options)
    {
        var copy = Copy();
        try
        {
            edit(copy);
            return Run(["diff", Lincolnshire, copy, "--templates", Templates, .. options]);
        }
        finally { Directory.Delete(copy, true); }
    }

    private static void Replace(string folder, string file, string from, string to)
    {
        var path = Path.Combine(folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    private static string[] Lines(string output) => output.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private const string ChildSafe31 = "3.1,Does assessment sufficiently analyse how to keep the child safe?,";

    [Fact]
    public void Diff_OneKeyQuestionPercentage_NamesStandardQuestionAndFigure_NoRatingChangeInsideTheBand()
    {
        var (exit, output) = DiffAfter(copy => Replace(copy, "key-questions.csv", ChildSafe31 + "73", ChildSafe31 + "72"));

        Assert.Equal(ExitCodes.Warnings, exit);
        var line = Assert.Single(Lines(output));
        Assert.StartsWith("standard 3.1 key questions: question 2: 73% -> 72% (Does assessment sufficiently analyse how to keep the child safe?)", line);
        Assert.Matches(@"\[page \d+\]$", line);
    }

    /// <summary>A report builder that keeps each request and passes it on to the pipeline's own.</summary>
    private sealed class RecordingBuilder : ReportBuilder.Pipeline.Building.IReportBuilder
    {
        private readonly ReportBuilder.Pipeline.Building.IReportBuilder inner = ReportBuilder.Pipeline.Building.ReportBuilders.CreateDefault();
        public System.Collections.Concurrent.ConcurrentQueue<ReportBuilder.Pipeline.Building.ReportBuildRequest> Requests { get; } = new();

        public ReportBuilder.Pipeline.Building.ReportBuildResult Build(ReportBuilder.Pipeline.Building.ReportBuildRequest request, CancellationToken cancellationToken = default)
        {
            Requests.Enqueue(request);
            return inner.Build(request, cancellationToken);
        }
    }

    [Fact]
    public void Diff_BuildsBothVersionsThroughTheReportBuilder_AsThePageTextEdition_OnTheSamePagesAsBefore()
    {
        var copy = Copy();
        try
        {
            Replace(copy, "key-questions.csv", ChildSafe31 + "73", ChildSafe31 + "72");
            var builder = new RecordingBuilder();
            var output = new StringWriter();
            var limits = ReportBuilder.Data.Loading.ReportLimits.Default with { MaxPages = 500 };

            var exit = ReportBuilder.Cli.Commands.Diff.DiffCommand.Execute(Lincolnshire, copy, Templates, output, limits, builder: builder);

            Assert.Equal(ExitCodes.Warnings, exit);
            // The page the change lands on, as diff found it when it laid the versions out itself.
            Assert.Equal("standard 3.1 key questions: question 2: 73% -> 72% (Does assessment sufficiently analyse how to keep the child safe?) [page 14]",
                Assert.Single(Lines(output.ToString())));
            Assert.Equal(new[] { Lincolnshire, copy }.Order(StringComparer.Ordinal), builder.Requests.Select(r => r.ReportFolder).Order(StringComparer.Ordinal));
            Assert.All(builder.Requests, r =>
            {
                Assert.Equal(ReportBuilder.Pipeline.Building.ReportEdition.PageText, r.Edition);
                Assert.Equal(ReportBuilder.Pipeline.Building.BuildMode.Final, r.Mode);
                Assert.Same(limits, r.Limits);
                Assert.Equal(Templates, r.TemplatesRoot);
            });
        }
        finally { Directory.Delete(copy, true); }
    }

    [Fact]
    public void Diff_KeyQuestionLeavesItsBand_NamesTheRatingAndScoreChangeToo()
    {
        var (exit, output) = DiffAfter(copy =>
        {
            Replace(copy, "key-questions.csv", ChildSafe31 + "73", ChildSafe31 + "64");
            // The loader rejects a stated rating or score that disagrees with the computed one: the author changes both.
            Replace(copy, "standards.csv", "3.1,Out-of-court disposals,Assessment,\"Assessment is well-informed, analytical and personalised, actively involving the child and their parents or carers.\",cases,Good",
                "3.1,Out-of-court disposals,Assessment,\"Assessment is well-informed, analytical and personalised, actively involving the child and their parents or carers.\",cases,Requires improvement");
            Replace(copy, "report.yaml", "score: 31", "score: 30");
            Replace(copy, "report.yaml", "overall_rating: Outstanding", "overall_rating: Good");
        });

        Assert.Equal(ExitCodes.Warnings, exit);
        var lines = Lines(output);
        Assert.Contains("ratings: overall rating: Outstanding -> Good", lines);
        Assert.Contains("ratings: score: 31/36 -> 30/36", lines);
        Assert.Contains("ratings: standard 3.1 rating: Good -> Requires improvement (Assessment)", lines);
        Assert.Contains(lines, l => l.StartsWith("standard 3.1 key questions: question 2: 73% -> 64%", StringComparison.Ordinal));
        // Reading order: ratings come before the standard's table.
        Assert.True(Array.FindIndex(lines, l => l.StartsWith("ratings:")) < Array.FindIndex(lines, l => l.StartsWith("standard 3.1 key questions:")));
    }

    [Fact]
    public void Diff_TextAddedEarly_NamesBothPagesOfLaterChanges_AndEachPageMoveOnce()
    {
        var (exit, output) = DiffAfter(copy =>
        {
            // Enough to push 1.1 over its page (standards start new pages, so a short addition only fills its own).
            var bullets = string.Concat(Enumerable.Range(1, 30).Select(i => $"- Added bullet {i}, which says a good deal about governance, leadership and the partnership.\n"));
            Replace(copy, Path.Combine("standards", "1.1.md"), "## Strengths\n\n", "## Strengths\n\n" + bullets);
            Replace(copy, "key-questions.csv", ChildSafe31 + "73", ChildSafe31 + "72");
        });

        Assert.Equal(ExitCodes.Warnings, exit);
        var lines = Lines(output);
        var count = System.Text.RegularExpressions.Regex.Match(lines[0], @"^pages: page count: (\d+) -> (\d+)$");
        Assert.True(count.Success, lines[0]);
        Assert.Equal(int.Parse(count.Groups[1].Value) + 1, int.Parse(count.Groups[2].Value));
        Assert.Contains(lines, l => l.StartsWith("standard 1.1 findings: bullet 1 added: Added bullet 1,", StringComparison.Ordinal)
            && System.Text.RegularExpressions.Regex.IsMatch(l, @"\[page \d+\]$"));
        var moved = Assert.Single(lines, l => l.StartsWith("standard 1.2 findings:", StringComparison.Ordinal));
        var pages = System.Text.RegularExpressions.Regex.Match(moved, @"^standard 1\.2 findings: starts 1 page later, and so does what follows \[page (\d+) -> (\d+)\]$");
        Assert.True(pages.Success, moved);
        Assert.Equal(int.Parse(pages.Groups[1].Value) + 1, int.Parse(pages.Groups[2].Value));
        var figure = Assert.Single(lines, l => l.StartsWith("standard 3.1 key questions:", StringComparison.Ordinal));
        Assert.Matches(@"\[page (\d+) -> (\d+)\]$", figure);
        // A page move is one line where the offset changes, not one per later section (the report has about 30).
        Assert.InRange(lines.Count(l => l.Contains("and so does what follows", StringComparison.Ordinal)), 1, 3);
    }

    [Fact]
    public void Diff_OneWordInOneBullet_MarksThatWordOnly()
    {
        var (exit, output) = DiffAfter(copy => Replace(copy, Path.Combine("standards", "1.1.md"), "empowering staff", "enabling staff"));

        Assert.Equal(ExitCodes.Warnings, exit);
        var line = Assert.Single(Lines(output));
        Assert.StartsWith("standard 1.1 findings: bullet ", line);
        Assert.Contains(" changed: ", line);
        Assert.Contains("[-empowering-] {+enabling+} staff", line);
        Assert.Equal(1, line.Split("[-").Length - 1);
        Assert.Equal(1, line.Split("{+").Length - 1);
    }

    [Fact]
    public void Diff_ParagraphMoved_IsOneMove_NotARemovalAndAnAddition()
    {
        string? moved = null;
        var (exit, output) = DiffAfter(copy =>
        {
            var path = Path.Combine(copy, "text", "background.md");
            var paragraphs = File.ReadAllText(path).Replace("\r\n", "\n").Split("\n\n").ToList();
            Assert.True(paragraphs.Count >= 3);
            moved = paragraphs[0];
            paragraphs.RemoveAt(0);
            paragraphs.Insert(2, moved);
            File.WriteAllText(path, string.Join("\n\n", paragraphs));
        });

        Assert.Equal(ExitCodes.Warnings, exit);
        var line = Assert.Single(Lines(output));
        Assert.StartsWith("background: paragraph 3 (was paragraph 1) moved: ", line);
        Assert.Contains(moved![..30], line);
        Assert.DoesNotContain("added", line);
        Assert.DoesNotContain("removed", line);
    }

    [Fact]
    public void Diff_RecommendationAdded_NamesItTheCountSentenceAndTheCount()
    {
        var (exit, output) = DiffAfter(copy =>
        {
            Replace(copy, "recommendations.md", "we have made four recommendations", "we have made five recommendations");
            Replace(copy, "recommendations.md", "cohort of YOS children.", "cohort of YOS children\n5. review the use of out-of-court disposals with the police.");
        });

        Assert.Equal(ExitCodes.Warnings, exit);
        var lines = Lines(output);
        Assert.Contains(lines, l => l.StartsWith("recommendations: paragraph 1 changed: As a result of our inspection findings, we have made [-four-] {+five+} recommendations", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("recommendations: recommendation 5 added: review the use of out-of-court disposals with the police.", StringComparison.Ordinal));
        Assert.Contains("recommendations: recommendation count: 4 -> 5", lines);
    }

    [Fact]
    public void Diff_ThemeColourChanged_IsNamedAsATheme_WithNoTextChanges()
    {
        using var temp = new TempFolder();
        var templates = temp.Combine("templates");
        Folders.Copy(Templates, templates);
        Replace(Path.Combine(templates, "hmip-youth-2021", "1"), "theme.yaml", "link_colour: \"#1D4F91\"", "link_colour: \"#1D4F92\"");

        // The same report folder under the shipped templates, then under the edited copy.
        var (exit, output) = Run("diff", Lincolnshire, Lincolnshire, "--old-templates", Templates, "--templates", templates);

        Assert.Equal(ExitCodes.Warnings, exit);
        var lines = Lines(output);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^pages: the template change moves no section to another page \(the same \d+ pages\)$", lines[0]);
        Assert.Equal("template set: theme theme.yaml changed", lines[1]);
    }

    [Fact]
    public void Diff_Git_ComparesWithTheCommittedFolderAndTemplates_LeavingTheWorkingTreeAlone()
    {
        using var repo = new TempFolder();
        var report = Path.Combine(repo.Path, "data", "lincolnshire-2023");
        Folders.Copy(Lincolnshire, report);
        Folders.Copy(Templates, Path.Combine(repo.Path, "templates"));
        Git(repo.Path, "init", "-q");
        Git(repo.Path, "add", "-A");
        Git(repo.Path, "-c", "user.name=test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "reviewed draft");
        // After the commit: one word in the working tree, and a theme colour (the templates at HEAD are the old ones).
        Replace(report, Path.Combine("standards", "1.1.md"), "empowering staff", "enabling staff");
        Replace(Path.Combine(repo.Path, "templates", "hmip-youth-2021", "1"), "theme.yaml", "link_colour: \"#1D4F91\"", "link_colour: \"#1D4F92\"");
        var status = Git(repo.Path, "status", "--porcelain");
        var temporaries = Directory.GetDirectories(Path.GetTempPath(), "reportbuilder-diff-*").Length;

        var (exit, output) = Run("diff", report, report, "--git", "HEAD", "--templates", Path.Combine(repo.Path, "templates"));

        Assert.Equal(ExitCodes.Warnings, exit);
        var lines = Lines(output);
        Assert.Equal("template set: theme theme.yaml changed", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("standard 1.1 findings: bullet ", StringComparison.Ordinal) && l.Contains("[-empowering-] {+enabling+} staff"));
        Assert.Equal(3, lines.Length);
        Assert.Equal(status, Git(repo.Path, "status", "--porcelain"));
        Assert.Contains("enabling staff", File.ReadAllText(Path.Combine(report, "standards", "1.1.md")));
        Assert.Equal(temporaries, Directory.GetDirectories(Path.GetTempPath(), "reportbuilder-diff-*").Length);

        var (bad, message) = Run("diff", report, report, "--git", "no-such-revision");
        Assert.Equal(ExitCodes.Errors, bad);
        Assert.Contains("[RB1801]", message);
    }

    private static string Git(string folder, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var git = System.Diagnostics.Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {git.StandardError.ReadToEnd()}");
        return output;
    }

    [Fact]
    public void Diff_OnePercentageAndOneWordChanged_NamesBoth_Exits1()
    {
        var copy = Copy();
        try
        {
            var csv = Path.Combine(copy, "key-questions.csv");
            var lines = File.ReadAllLines(csv);
            lines[1] = lines[1][..lines[1].LastIndexOf(',')] + ",93";
            File.WriteAllLines(csv, lines);
            var findings = Path.Combine(copy, "standards", "1.1.md");
            File.WriteAllText(findings, File.ReadAllText(findings).Replace("across the partnership", "across a partnership"));

            var (exit, output) = Run("diff", Lincolnshire, copy, "--templates", Templates);
            Assert.Equal(ExitCodes.Warnings, exit);
            Assert.Contains("standard 2.1 key questions: question 1: 94% -> 93%", output);
            Assert.Contains("standard 1.1 findings: bullet 1 changed:", output);
            Assert.Contains("[-the-]", output);
            Assert.Contains("{+a+}", output);
        }
        finally { Directory.Delete(copy, true); }
    }

    [Fact]
    public void Diff_Json_NamesSectionKindActionWordsAndPages()
    {
        var (exit, output) = DiffAfter(copy => Replace(copy, Path.Combine("standards", "1.1.md"), "empowering staff", "enabling staff"), "--format", "json");

        Assert.Equal(ExitCodes.Warnings, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("format").GetInt32());
        Assert.True(json.RootElement.GetProperty("changed").GetBoolean());
        var change = Assert.Single(json.RootElement.GetProperty("changes").EnumerateArray());
        Assert.Equal("standard-1.1-findings", change.GetProperty("section").GetString());
        Assert.Equal("bullet", change.GetProperty("kind").GetString());
        Assert.Equal("changed", change.GetProperty("action").GetString());
        var marked = change.GetProperty("words").EnumerateArray().Where(w => w.GetProperty("state").GetString() != "same")
            .Select(w => w.GetProperty("state").GetString() + ":" + w.GetProperty("text").GetString()).ToList();
        Assert.Equal(["removed:empowering", "added:enabling"], marked);
        Assert.Equal(change.GetProperty("pages").GetProperty("old").GetInt32(), change.GetProperty("pages").GetProperty("new").GetInt32());
    }

    [Fact]
    public void Diff_Html_IsOneSelfContainedPage_SideBySide_WithTheDataEscaped()
    {
        var (exit, output) = DiffAfter(copy => Replace(copy, Path.Combine("standards", "1.1.md"), "empowering staff", "<script>alert(1)</script> <img src=x onerror=alert(2)> staff"), "--format", "html");

        Assert.Equal(ExitCodes.Warnings, exit);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", output);
        Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<ins>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;</ins> staff", output);
        Assert.Contains("<del>empowering</del>", output);
        Assert.Contains("<th scope=\"col\">Earlier version</th><th scope=\"col\">Later version</th>", output);
        Assert.Contains("<h2 id=\"s1\">standard 1.1 findings</h2>", output);
    }
}
