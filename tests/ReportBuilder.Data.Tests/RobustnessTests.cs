using System.Text;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Data.Tests;

/// <summary>
/// The loader never throws on bad input: random edits to every file of the valid fixture (characters that matter
/// to YAML, CSV and Markdown inserted, deleted, lines cut) must give diagnostics, never an exception.
/// Seeded, so a failure reproduces.
/// </summary>
public class RobustnessTests
{
    private const string Troublemakers = ",\"\n:-#[]^{}|>*&!%@`\t ;0123456789.é\u00a0\ufeff\0";

    [Theory]
    [InlineData(20240301, 4)]
    [InlineData(17, 4)]
    public void RandomEditsToAnyFile_NeverThrow(int seed, int rounds)
    {
        using var copy = new ReportFolderCopy();
        var files = Directory.GetFiles(copy.Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(copy.Folder, f)).Order(StringComparer.Ordinal).ToArray();
        var originals = files.ToDictionary(f => f, f => File.ReadAllBytes(copy.PathOf(f)));
        var random = new Random(seed);
        var loads = 0;

        foreach (var file in files)
        {
            for (var round = 0; round < rounds; round++)
            {
                var text = Encoding.UTF8.GetString(originals[file]);
                var edits = random.Next(1, 4);
                for (var e = 0; e < edits && text.Length > 0; e++)
                {
                    var at = random.Next(text.Length);
                    text = random.Next(4) switch
                    {
                        0 => text.Remove(at, 1),
                        1 => text.Insert(at, Troublemakers[random.Next(Troublemakers.Length)].ToString()),
                        2 => text[..at],
                        _ => text.Insert(at, text.Substring(random.Next(text.Length), 1)),
                    };
                }
                File.WriteAllText(copy.PathOf(file), text);

                var exception = Record.Exception(() => ReportFolderLoader.Load(copy.Folder, new ReportLoadOptions { TemplatesRoot = copy.Templates }));
                Assert.True(exception is null, $"{file} round {round}: {exception}\n--- content ---\n{text}");
                loads++;
            }
            File.WriteAllBytes(copy.PathOf(file), originals[file]);
        }
        Assert.Equal(files.Length * rounds, loads);
    }
}
