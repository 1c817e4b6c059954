using ReportBuilder.Cli;

namespace ReportBuilder.Cli.Tests.Commands;

/// <summary>'reportbuilder check' run in-process with injected writers: usage, exit codes, what it prints.</summary>
public class CheckCommandTests
{
    private static string Root => Repository.Root;

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_Lincolnshire_PrintsEveryStandardScoreAndOverall_Exits0()
    {
        var (exit, output, error) = Run("check", Path.Combine(Root, "data", "lincolnshire-2023"), "--templates", Path.Combine(Root, "templates"));
        Assert.True(exit == ExitCodes.Success, output + error);
        Assert.Contains("no problems found", output);
        Assert.Contains("3.1  Assessment", output);
        Assert.Contains("4.1  Resettlement policy and provision             Good                  not scored", output);
        Assert.EndsWith("Score: 31/36\nOverall rating: Outstanding\n", output.Replace("\r\n", "\n"));
        Assert.Empty(error);
    }

    [Fact]
    public void Check_WithoutTemplatesOption_FindsTheRepositoryTemplatesAboveTheReport()
    {
        var (exit, output, _) = Run("check", Path.Combine(Root, "data", "example-2019-requires-improvement"));
        Assert.True(exit == ExitCodes.Success, output);
        Assert.Contains("Score: 12/36", output);
        Assert.Contains("Overall rating: Requires improvement", output);
    }

    [Fact]
    public void Check_MissingFolder_Exits2_WithOneLine()
    {
        var (exit, output, _) = Run("check", "/no/such/report");
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.StartsWith("/no/such/report:1:1: error: the report folder does not exist [RB0005]", output);
    }

    [Fact]
    public void Check_BrokenTemplateManifest_ReportsItsLine()
    {
        var temp = Path.Combine(Path.GetTempPath(), "rb-cli-tests", Guid.NewGuid().ToString("N"));
        try
        {
            Folders.Copy(Repository.Data("example-2019-requires-improvement"), Path.Combine(temp, "report"));
            Directory.CreateDirectory(Path.Combine(temp, "templates", "hmip-youth-2018", "1"));
            File.WriteAllText(Path.Combine(temp, "templates", "hmip-youth-2018", "1", "template.yaml"), "id: hmip-youth-2018\nversion: \"1\"\nframework: hmip-yuoth-2018\n");
            File.Copy(Path.Combine(Root, "templates", "hmip-youth-2018", "1", "framework.yaml"), Path.Combine(temp, "templates", "hmip-youth-2018", "1", "framework.yaml"));

            var (exit, output, _) = Run("check", Path.Combine(temp, "report"), "--templates", Path.Combine(temp, "templates"));

            Assert.Equal(ExitCodes.Errors, exit);
            Assert.Contains($"{Path.Combine(temp, "templates")}/hmip-youth-2018/1/template.yaml:3:12: error: unknown framework 'hmip-yuoth-2018' (did you mean 'hmip-youth-2018'?)", output);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Fact]
    public void NoArguments_IsBadUsage_Exits2()
    {
        var (exit, _, error) = Run("check");
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("reportbuilder:", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void UnknownCommand_IsBadUsage_Exits2() => Assert.Equal(ExitCodes.Errors, Run("chekc", "x").Exit);

    [Fact]
    public void Help_ListsTheCheckCommand_Exits0()
    {
        var (exit, output, _) = Run("--help");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("check", output);
    }

    [Fact]
    public void UnreadableInput_NeverShowsAStackTrace()
    {
        // A file where the folder should be: the loader reports it; nothing throws to the user.
        var file = Path.GetTempFileName();
        try
        {
            var (exit, output, error) = Run("check", file);
            Assert.Equal(ExitCodes.Errors, exit);
            Assert.DoesNotContain("   at ", output + error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
