using System.Text;
using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Hostile;

/// <summary>
/// A private copy of data/lincolnshire-2023 in a temp folder (and, on request, of the templates), broken one way by a corpus
/// case, then built with the real CLI entry point in-process. Knows the line where a mutation put the bad input, so a case
/// can demand that the message names it.
/// </summary>
public sealed class HostileFolder : IDisposable
{
    private readonly TempFolder _temp = new();
    private string? _templates;

    public HostileFolder()
    {
        Folders.Copy(Repository.Data("lincolnshire-2023"), Report);
    }

    public string Root => _temp.Path;

    /// <summary>The report folder; named as the published report so that the id in report.yaml still matches.</summary>
    public string Report => _temp.Combine("report", "lincolnshire-2023");

    public string Out => _temp.Combine("out");

    public string Pdf => Path.Combine(Out, "report.pdf");

    /// <summary>The templates root: the repository's, until a case asks for a private copy to break.</summary>
    public string Templates => _templates ?? Repository.Path("templates");

    /// <summary>The line a mutation put its bad input on (1-based), when it knows.</summary>
    public int? Line { get; set; }

    public string PathOf(string relative) => Path.Combine(Report, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text, new UTF8Encoding(false));

    public void WriteBytes(string relative, byte[] bytes) => File.WriteAllBytes(PathOf(relative), bytes);

    /// <summary>Appends a paragraph after a blank line and records the line it starts on.</summary>
    public void AppendParagraph(string relative, string text)
    {
        var old = Read(relative).TrimEnd('\n');
        Line = old.Split('\n').Length + 2;
        Write(relative, old + "\n\n" + text + "\n");
    }

    /// <summary>Replaces text that must occur exactly once, and records the line it was on.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{oldText}' is not in {relative}");
        Assert.True(text.IndexOf(oldText, at + 1, StringComparison.Ordinal) < 0, $"'{oldText}' occurs more than once in {relative}");
        Line = text[..at].Count(c => c == '\n') + 1;
        Write(relative, text[..at] + newText + text[(at + oldText.Length)..]);
    }

    /// <summary>Edits line <paramref name="line"/> (1-based) of a text file.</summary>
    public void EditLine(string relative, int line, Func<string, string> edit)
    {
        var lines = Read(relative).Split('\n').ToList();
        lines[line - 1] = edit(lines[line - 1]);
        Line = line;
        Write(relative, string.Join('\n', lines));
    }

    /// <summary>A private copy of the templates root, to break one partial of hmip-youth-2021.</summary>
    public string TemplateFile(string name)
    {
        if (_templates is null)
        {
            _templates = _temp.Combine("templates");
            Folders.Copy(Repository.Templates, _templates);
        }
        return Path.Combine(_templates, "hmip-youth-2021", "1", name);
    }

    /// <summary>Every file under the temp folder but the output folder: must be unchanged by any build.</summary>
    public IReadOnlyDictionary<string, (long Length, DateTime Written)> Snapshot() =>
        Directory.EnumerateFileSystemEntries(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(p => !p.StartsWith(Out, StringComparison.Ordinal))
            .Select(p => new FileInfo(p))
            .ToDictionary(f => f.FullName, f => (f.Exists ? f.Length : -1L, f.LastWriteTimeUtc), StringComparer.Ordinal);

    public void Dispose() => _temp.Dispose();
}
