using System.Net;
using System.Text.Json;
using ReportBuilder.Cli.Tests.EndToEnd;
using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Preview;

/// <summary>
/// <c>reportbuilder watch --serve</c> as a real process on a copy of Lincolnshire: the preview's address first, its state
/// and pages, a build event after a save with the new words in the served draft, and a broken save that keeps the last
/// good pages beside its errors. The page itself, in a browser, is checked by tools/html-check/preview-check.mjs in CI.
/// </summary>
public sealed class PreviewServerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly TempFolder _temp = new();
    private readonly System.Diagnostics.Process _watch;
    private readonly HttpClient _http = new() { Timeout = Patience };
    private readonly Uri _address;
    private readonly string _report;

    public PreviewServerTests()
    {
        _report = _temp.Combine("report");
        Folders.Copy(Repository.Data("lincolnshire-2023"), _report);
        _watch = CliProcess.Start(_temp.Path, "watch", _report, "--serve", "--templates", Repository.Path("templates"),
            "-o", _temp.Combine("draft.pdf"), "--debounce", "50");
        var first = _watch.StandardOutput.ReadLineAsync().WaitAsync(Patience).GetAwaiter().GetResult();
        Assert.NotNull(first);
        Assert.StartsWith("Preview: http://127.0.0.1:", first);
        _address = new Uri(first["Preview: ".Length..]);
        // The rest of the output is read so that the process never blocks on a full pipe.
        _ = _watch.StandardOutput.ReadToEndAsync();
        _ = _watch.StandardError.ReadToEndAsync();
    }

    [Fact]
    public async Task Serve_AfterASave_TellsTheStreamAndServesTheNewWords_ThenKeepsTheLastGoodPagesOnAnError()
    {
        var first = await WaitForBuild(1);
        Assert.True(first.GetProperty("written").GetBoolean());
        var pages = first.GetProperty("pages").GetInt32();
        Assert.True(pages > 20, $"{pages} pages");
        var page1 = await _http.GetByteArrayAsync(new Uri(_address, "/pages/1.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], page1[..4]);

        using var events = await _http.GetStreamAsync(new Uri(_address, "/events"));
        using var reader = new StreamReader(events);
        Assert.Equal("retry: 1000", await reader.ReadLineAsync());
        Assert.Equal("event: build", await reader.ReadLineAsync());
        Assert.Equal("data: 1", await reader.ReadLineAsync());

        var findings = Path.Combine(_report, "standards", "1.1.md");
        File.WriteAllText(findings, File.ReadAllText(findings) + "\nA sentence the preview must show: quokka marmalade.\n");
        Assert.Equal("data: 2", await NextBuildEvent(reader));
        var second = await State();
        Assert.Equal(2, second.GetProperty("pagesBuild").GetInt32());
        Assert.EndsWith("1.1.md", second.GetProperty("changed").GetString());
        var pdf = await _http.GetByteArrayAsync(new Uri(_address, "/draft.pdf"));
        Assert.Contains("quokka marmalade", PdfText.Read(pdf).Text);
        // The HTML edition of the same build, from memory, under its own policy: no script, nothing from elsewhere.
        using (var edition = await _http.GetAsync(new Uri(_address, "/html/")))
        {
            Assert.Equal("text/html", edition.Content.Headers.ContentType?.MediaType);
            Assert.Contains("quokka marmalade", await edition.Content.ReadAsStringAsync());
            var policy = string.Join(";", edition.Headers.GetValues("Content-Security-Policy"));
            Assert.StartsWith("default-src 'none'", policy);
            Assert.DoesNotContain("script-src", policy);
        }
        Assert.Equal("text/css", (await _http.GetAsync(new Uri(_address, "/html/report.css"))).Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(new Uri(_address, "/html/report.yaml"))).StatusCode);

        // A save that breaks the report: no draft, the errors with file and line, the last good pages still served.
        File.Delete(Path.Combine(_report, "text", "foreword.md"));   // a chapter the 2021 set requires
        Assert.Equal("data: 3", await NextBuildEvent(reader));
        var third = await State();
        Assert.False(third.GetProperty("written").GetBoolean());
        Assert.Equal(2, third.GetProperty("pagesBuild").GetInt32());
        var problem = third.GetProperty("problems").EnumerateArray().First(p => p.GetProperty("severity").GetString() == "error");
        Assert.EndsWith("text/foreword.md", problem.GetProperty("file").GetString());
        Assert.Equal("RB0001", problem.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(new Uri(_address, $"/pages/{pages}.png"))).StatusCode);
        Assert.Contains("quokka marmalade", PdfText.Read(await _http.GetByteArrayAsync(new Uri(_address, "/draft.pdf"))).Text);
        Assert.Contains("quokka marmalade", await _http.GetStringAsync(new Uri(_address, "/html/")));
    }

    [Fact]
    public async Task Serve_RefusesAnotherHost_AndServesThePageWithItsPolicy()
    {
        await WaitForBuild(1);
        using var foreign = new HttpRequestMessage(HttpMethod.Get, _address);
        foreign.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.MisdirectedRequest, (await _http.SendAsync(foreign)).StatusCode);

        var page = await _http.GetAsync(_address);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("<title>Preview: report</title>", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(new Uri(_address, "/pages/0.png"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(new Uri(_address, "/../report/report.yaml"))).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _http.PostAsync(new Uri(_address, "/state"), null)).StatusCode);
    }

    private static async Task<string> NextBuildEvent(StreamReader reader)
    {
        while (true)
        {
            var line = await reader.ReadLineAsync().WaitAsync(Patience);
            Assert.NotNull(line);
            if (line.StartsWith("data: ", StringComparison.Ordinal)) return line;
        }
    }

    private async Task<JsonElement> State() =>
        JsonDocument.Parse(await _http.GetStringAsync(new Uri(_address, "/state"))).RootElement;

    private async Task<JsonElement> WaitForBuild(int build)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var state = await State();
            if (state.GetProperty("build").GetInt32() >= build) return state;
            Assert.True(DateTime.UtcNow < deadline, $"no build {build} within {Patience}");
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        try { _watch.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        _watch.WaitForExit(10_000);
        _watch.Dispose();
        _http.Dispose();
        _temp.Dispose();
    }
}
