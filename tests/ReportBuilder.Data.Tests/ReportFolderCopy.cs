using System.Text;
using ReportBuilder.Cli;

namespace ReportBuilder.Data.Tests;

/// <summary>
/// A private copy of the valid fixture report (and a templates folder beside it) in a temp folder, to be broken
/// one way per test and checked with the real 'reportbuilder check' command, in-process.
/// </summary>
public sealed class ReportFolderCopy : IDisposable
{
    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public ReportFolderCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "rb-data-tests", Guid.NewGuid().ToString("N"));
        Folders.Copy(Path.Combine(FixturesDirectory, "valid-report"), Folder);
        Folders.Copy(Path.Combine(FixturesDirectory, "templates"), Templates);
    }

    public string Root { get; }
    public string Folder => Path.Combine(Root, "report");
    public string Templates => Path.Combine(Root, "templates");

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text, new UTF8Encoding(false));

    public void WriteBytes(string relative, byte[] bytes) => File.WriteAllBytes(PathOf(relative), bytes);

    public void Delete(string relative) => File.Delete(PathOf(relative));

    /// <summary>Replaces text that must occur exactly once, so a fixture change cannot make a mutation silently do nothing.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        var first = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(first >= 0, $"'{oldText}' is not in {relative}");
        Assert.True(text.IndexOf(oldText, first + 1, StringComparison.Ordinal) < 0, $"'{oldText}' occurs more than once in {relative}");
        Write(relative, text[..first] + newText + text[(first + oldText.Length)..]);
    }

    public void Append(string relative, string text) => Write(relative, Read(relative) + text);

    /// <summary>Runs <c>reportbuilder check</c> on the copy; returns the exit code and everything printed.</summary>
    public (int ExitCode, string Output) Check()
    {
        var output = new StringWriter();
        var exit = Program.Run(["check", Folder, "--templates", Templates], output, output);
        return (exit, output.ToString());
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
