using ReportBuilder.SampleData;

namespace ReportBuilder.Cli.Tests.Support;

/// <summary>A temp folder with synthetic reports under <c>data/</c> and a small <c>templates/</c> tree beside it.</summary>
public sealed class SampleArchive : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleArchive(int count, int seed = 7)
    {
        Reports = SampleReportGenerator.Generate(DataDirectory, count, seed);
        foreach (var (id, framework) in new[] { ("hmip-youth-2021", "hmip-youth-2021"), ("hmip-youth-2018", "hmip-youth-2018") })
        {
            var folder = Path.Combine(TemplatesRoot, id, "1");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "template.yaml"), $"id: {id}\nversion: \"1\"\nframework: {framework}\n");
            // The framework is data of the set: the repository's own file, so the synthetic reports are rated as real ones.
            File.Copy(Repository.Path("templates", id, "1", "framework.yaml"), Path.Combine(folder, "framework.yaml"));
            File.WriteAllText(Path.Combine(folder, "report.sbn"), "{{ report.title }}\n");
        }
    }

    public IReadOnlyList<GeneratedReport> Reports { get; }

    public string Root => _folder.Path;

    public string DataDirectory => _folder.Combine("data");

    public string TemplatesRoot => _folder.Combine("templates");

    public string Out(string name = "out", string? file = null) => file is null ? _folder.Combine(name) : _folder.Combine(name, file);

    public string ReportFolder(string id) => Path.Combine(DataDirectory, id);

    public void Dispose() => _folder.Dispose();
}
