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
            Assert.Contains("key questions 2.1: question 1 94% -> 93%", output);
            Assert.Contains("standard 1.1 findings: bullet 2 changed:", output);
            Assert.Contains("[-the-]", output);
            Assert.Contains("{+a+}", output);
        }
        finally { Directory.Delete(copy, true); }
    }
}
