using System.Text;
using ReportBuilder.Core.Model;
using ReportBuilder.Html.Markdown;

namespace ReportBuilder.Html.Tests;

/// <summary>
/// The hand-made sample (Fixtures/sample.md) through the whole HTML stage. Its page and style sheet are also the
/// known-good page of the browser checker's self-test (tools/html-check/fixtures/good), so this test keeps that
/// copy current: it fails when they differ, and rewrites them when UPDATE_HTML_FIXTURES=1.
/// </summary>
public class SampleEditionTests
{
    internal static readonly Survey SampleSurvey = new(31, 19, 18,
        [new(10, 5), new(9, 4), new(8, 4), new(7, 4), new(6, 1), new(5, 1)],
        [new QuoteGroup("positive", ["I really felt like I had someone to talk to.", "They listen and don't judge."])]);

    internal static HtmlEditionOptions SampleOptions => new()
    {
        Language = "en-GB",
        Title = "An inspection of youth offending services in Sampleshire",
        Organisation = "HM Inspectorate of Probation",
        Extensions = [new HtmlEditionExtension(SampleSurvey, Charts.SurveyChartSvg.DefaultWording with { Caption = "How children rated the service (score out of 10)" })],
    };

    internal static string SamplePage() =>
        HtmlEdition.RenderPage(TestPipelines.Fixture("sample.md"), TestPipelines.Report, SampleOptions);

    internal static IReadOnlyList<(string Path, byte[] Bytes)> SampleFiles() =>
        HtmlEdition.Files(TestPipelines.Fixture("sample.md"), TestPipelines.Report, SampleOptions);

    [Fact]
    public void CheckerFixture_IsTheCurrentOutput()
    {
        var fixture = Repository.Path("tools", "html-check", "fixtures", "good");
        var update = Environment.GetEnvironmentVariable("UPDATE_HTML_FIXTURES") == "1";
        var stale = new List<string>();
        foreach (var (path, bytes) in SampleFiles().Where(f => !f.Path.StartsWith("fonts/", StringComparison.Ordinal)))
        {
            var file = Path.Combine(fixture, path);
            if (update)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, bytes);
            }
            else if (!File.Exists(file) || !File.ReadAllBytes(file).AsSpan().SequenceEqual(bytes))
            {
                stale.Add(path);
            }
        }
        Assert.True(stale.Count == 0,
            $"tools/html-check/fixtures/good is stale ({string.Join(", ", stale)}): run the tests with UPDATE_HTML_FIXTURES=1 and commit the result.");
    }

    [Fact]
    public void Files_AreTheSameBytesEveryTime()
    {
        var first = SampleFiles();
        var second = SampleFiles();
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        for (var i = 0; i < first.Count; i++) Assert.True(first[i].Bytes.AsSpan().SequenceEqual(second[i].Bytes), first[i].Path);
    }

    [Fact]
    public void Files_ArePageStyleSheetAndFontsWithLicence()
    {
        var paths = SampleFiles().Select(f => f.Path).ToList();
        Assert.Equal("index.html", paths[0]);
        Assert.Contains("report.css", paths);
        Assert.Contains("fonts/LICENSE-LiberationSans.txt", paths);
        foreach (var face in new[] { "Regular", "Bold", "Italic", "BoldItalic" })
        {
            Assert.Contains($"fonts/LiberationSans-{face}.ttf", paths);
        }
    }

    [Fact]
    public void StyleSheet_NamesOnlyFontFilesTheEditionCarries()
    {
        var files = SampleFiles();
        var css = Encoding.UTF8.GetString(files.Single(f => f.Path == "report.css").Bytes);
        var urls = System.Text.RegularExpressions.Regex.Matches(css, "url\\(\"([^\"]+)\"\\)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.Contains(url, files.Select(f => f.Path)));
    }
}
