using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Commands;

/// <summary>'reportbuilder new' run in-process: the skeleton of each shipped template set, then check, build and draft on it.</summary>
public class NewCommandTests
{
    private static string Templates => Repository.Path("templates");

    /// <summary>Every shipped template set that carries a skeleton: a new framework's skeleton is tested without a new test.</summary>
    public static TheoryData<string> TemplateSets() => new(SkeletonIds());

    private static IReadOnlyList<string> SkeletonIds() =>
        Directory.GetDirectories(Templates)
            .Where(d => Directory.GetDirectories(d).Any(v => Directory.Exists(Path.Combine(v, "skeleton"))))
            .Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal).ToList();

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void TheShippedTemplateSetsCarrySkeletons() => Assert.True(SkeletonIds().Count >= 2);

    [Theory]
    [MemberData(nameof(TemplateSets))]
    public void New_Check_ReportsOnlyPlaceholderWarnings_WithFileAndLine_Exits1(string template)
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("anytown-2027");
        var (exit, output, error) = Run("new", folder, "--template", template, "--templates", Templates);
        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("anytown-2027", output);
        Assert.Contains("id: \"anytown-2027\"", File.ReadAllText(Path.Combine(folder, "report.yaml")));

        var (checkExit, checkOutput, _) = Run("check", folder, "--templates", Templates);
        Assert.Equal(ExitCodes.Warnings, checkExit);
        var diagnostics = Lines(checkOutput).Where(l => l.Contains(": warning: ") || l.Contains(": error: ")).ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Matches(@":\d+:\d+: warning: still a placeholder.*\[RB1701\]$", d));
        // Every kind of file holds placeholders: metadata, both tables, findings, chapters, recommendations.
        foreach (var file in new[] { "report.yaml", "standards.csv", "key-questions.csv", "standards/1.1.md", "text/foreword.md", "recommendations.md" })
            Assert.Contains(diagnostics, d => d.Contains($"anytown-2027/{file}:"));
        Assert.Contains("Score: 0/36", checkOutput);
    }

    [Theory]
    [MemberData(nameof(TemplateSets))]
    public void Build_RefusesWhilePlaceholdersRemain_AndWritesNothing_DraftBuilds(string template)
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("anytown-2027");
        Assert.Equal(ExitCodes.Success, Run("new", folder, "--template", template, "--templates", Templates).Exit);

        var pdf = temp.Combine("final.pdf");
        var (exit, _, error) = Run("build", folder, "--templates", Templates, "-o", pdf);
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("error: still a placeholder", error);
        Assert.Contains("before building the final report [RB1701]", error);
        Assert.DoesNotContain("warning: still a placeholder", error);   // one diagnostic per placeholder, as an error
        Assert.False(File.Exists(pdf));

        var html = temp.Combine("html");
        Assert.Equal(ExitCodes.Errors, Run("build", folder, "--templates", Templates, "--format", "html", "-o", html).Exit);
        Assert.False(Directory.Exists(html));

        var draft = temp.Combine("draft.pdf");
        var (draftExit, draftOutput, draftError) = Run("draft", folder, "--templates", Templates, "-o", draft);
        Assert.True(draftExit == ExitCodes.Warnings, draftOutput + draftError);
        Assert.True(new FileInfo(draft).Length > 10_000);
    }

    [Fact]
    public void New_IntoAnExistingFolder_IsRefused_AndChangesNothing()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("existing");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "mine");
        var (exit, _, error) = Run("new", folder, "--templates", Templates);
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("it already exists", error);
        Assert.Contains("[RB1702]", error);
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "keep.txt")));
        Assert.Equal([folder], Directory.GetFileSystemEntries(temp.Path));   // no staging folder left beside it
    }

    [Fact]
    public void New_UnknownTemplate_NamesTheTemplateSetsThatHaveSkeletons_WritesNothing()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("x");
        var (exit, _, error) = Run("new", folder, "--template", "hmip-youth-2012", "--templates", Templates);
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("no template set 'hmip-youth-2012' with a skeleton", error);
        Assert.Contains("hmip-youth-2021", error);
        Assert.Contains("[RB1703]", error);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void New_WithoutTemplate_TakesTheNewestTemplateSet()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("r");
        var (exit, output, _) = Run("new", folder, "--templates", Templates);
        Assert.Equal(ExitCodes.Success, exit);
        var newest = SkeletonIds()[^1];
        Assert.Contains($"from {newest}/", output);
        Assert.Contains($"template: {newest}", File.ReadAllText(Path.Combine(folder, "report.yaml")));
    }
}
