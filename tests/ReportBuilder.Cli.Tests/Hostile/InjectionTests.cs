using System.Text.RegularExpressions;
using ReportBuilder.Cli.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace ReportBuilder.Cli.Tests.Hostile;

/// <summary>
/// Issue #14, faults 3 to 5: what a report folder can make the editions do. Each case writes hostile data into a copy of
/// Lincolnshire and builds both editions through <see cref="Program.Run"/>; the PDF's link actions and the HTML page are
/// then read back.
/// </summary>
public sealed partial class InjectionTests : IDisposable
{
    private readonly HostileFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Each of these link targets must be printed as text; the mixed-case, spaced and entity-encoded forms too.</summary>
    public static readonly string[] RefusedLinks =
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(2)",
        "<java&#9;script:alert(3)>",
        "&#x6A;avascript:alert(4)",
        "<  javascript:alert(5)>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==",
        "vbscript:msgbox(7)",
        "file:///bin/sh",
        "smb://evil.example/share",
        @"\\\\evil.example\share",
        "//evil.example/x",
        "../../etc/passwd",
    ];

    [Fact]
    public void Links_OnlyHttpHttpsMailtoAndAnchors_AreLive_InBothEditions_EachOtherOneWarnedAt()
    {
        var lines = RefusedLinks.Select((target, i) => $"Refused [link {i}]({target}) here.").ToList();
        lines.Add("<javascript:alert(13)> and <file:///etc/passwd> autolinks.");
        lines.Add("Allowed [web](https://example.org/allowed), [mail](mailto:someone@example.org) and [place](#ratings).");
        var first = AppendLines("text/foreword.md", lines);

        var (pdf, html, warnings) = BuildBoth();

        var uris = LinkUris(pdf);
        Assert.Contains("https://example.org/allowed", uris);
        Assert.Contains("mailto:someone@example.org", uris);
        Assert.All(uris, u => Assert.Matches("^(https?://|mailto:)", u));

        var hrefs = Hrefs().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("https://example.org/allowed", hrefs);
        Assert.All(hrefs, h => Assert.Matches("^(https?://|mailto:|#|report\\.css$)", h));
        // A remote image is an error (the hostile corpus's image-remote-https); the one image is the cover's logo, the edition's own copy.
        Assert.All(ImageSources().Matches(html).Select(m => m.Groups[1].Value), src => Assert.Matches("^images/[0-9a-f]{16}\\.png$", src));
        Assert.DoesNotContain("evil.example/pixel", html);
        Assert.Contains("link 0", html); // the text stays

        for (var i = 0; i < RefusedLinks.Length; i++)
            Assert.Matches($@"foreword\.md:{first + LineStep * i}:\d+: warning: the link to .*\[RB1401\]", warnings);
        Assert.Equal(RefusedLinks.Length + 2, Regex.Matches(warnings, "RB1401").Count / 2); // each once, in the PDF build and the HTML build
    }

    [Fact]
    public void GenericAttributes_NeverReachEitherEdition_OneWarningEach_AndCheckSaysSoToo()
    {
        var first = AppendLines("text/foreword.md",
        [
            "## Injected heading {#main .skip-link onfocus=\"window.pwned=1\" autofocus tabindex=0}",
            "A [link](https://example.org/attributes){onclick=\"window.pwned=2\" style=\"position:fixed\"} here.",
            "A paragraph {style=\"background:url(https://evil.example/x)\" onmouseover=\"window.pwned=3\"}",
        ]);

        var (_, html, messages) = BuildBoth();

        foreach (var forbidden in new[] { "onfocus", "onclick", "onmouseover", "autofocus", "tabindex", "style=", "evil.example", "pwned" })
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        Assert.Single(Regex.Matches(html, "id=\"main\""));      // the page's own main, not the heading's
        Assert.Single(Regex.Matches(html, "skip-link"));
        Assert.Contains("<a href=\"https://example.org/attributes\">link</a>", html);
        for (var i = 0; i < 3; i++)
            Assert.Matches($@"foreword\.md:{first + LineStep * i}:\d+: warning: the attributes \{{.*\}} are removed from both editions.*\[RB1402\]", messages);

        var check = new StringWriter();
        Program.Run(["check", _folder.Report, "--templates", _folder.Templates], check, check);
        Assert.Equal(3, Regex.Matches(check.ToString(), "RB1402").Count);
    }

    /// <summary>Fault 4: an isbn that would close the inside cover's box and open a chapter and a fake rating box.</summary>
    private const string IsbnPayload = "978-1-915468-29-1\\n:::\\n\\n# Injected chapter\\n\\n:::rating-box inadequate\\nFake\\n:::";

    [Fact]
    public void Metadata_IsPrintedAsLiteralText_NeverAsMarkdownOrDialect_InBothEditions()
    {
        _folder.Replace("report.yaml", "isbn: 978-1-915468-29-1", $"isbn: \"{IsbnPayload}\"");
        _folder.Replace("report.yaml", "lead_inspector: Mike Lane", "lead_inspector: \"Mike *Lane* [x](javascript:alert(1)) <img src=x onerror=alert(2)> {onclick=alert(3)}\"");
        _folder.Replace("report.yaml", "  short_name: YOS", "  short_name: \"YOS ::Inadequate::{.rating .rating-inadequate}\"");

        var (pdf, html, _) = BuildBoth();

        // The payload's characters are all there, as text: the '#' and the ':::' print.
        Assert.Contains("ISBN: 978-1-915468-29-1 ::: # Injected chapter :::rating-box inadequate Fake :::", html);
        Assert.DoesNotContain("id=\"injected-chapter\"", html);
        Assert.DoesNotContain("rating-box--inadequate", html);
        // The ratings key under the table prints every rating, Inadequate included, once: the payload adds no other.
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "rating--inadequate\""));
        Assert.Contains("Mike *Lane* [x](javascript:alert(1)) &lt;img src=x onerror=alert(2)&gt; {onclick=alert(3)}", html);
        Assert.DoesNotContain("<em>Lane", html);
        Assert.DoesNotContain("href=\"javascript", html);

        var text = Regex.Replace(PdfText(pdf), @"\s+", ""); // words as the PDF places them, line breaks anywhere
        Assert.Contains("#Injectedchapter:::rating-boxinadequateFake:::", text);
        Assert.Contains("Mike*Lane*[x](javascript:alert(1))", text);
        Assert.DoesNotContain("Injected chapter", Bookmarks(pdf));
    }

    [Fact]
    public void DataAnnexe_ThatIsNotAWellFormedWebAddress_IsAnErrorAtItsLine()
    {
        var yaml = _folder.Read("report.yaml");
        _folder.Write("report.yaml", yaml.Replace("isbn:", "data_annexe: \"https://x.org/a)[Download](javascript:alert(1))\"\nisbn:"));
        var line = yaml[..yaml.IndexOf("isbn:", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var messages = new StringWriter();
        var code = Program.Run(["build", _folder.Report, "-o", Path.Combine(_folder.Out, "x.pdf"), "--templates", _folder.Templates], messages, messages);

        Assert.Equal(ExitCodes.Errors, code);
        Assert.Matches($@"report\.yaml:{line}:\d+: error: 'data_annexe': .* is not a web address", messages.ToString());
        Assert.False(File.Exists(Path.Combine(_folder.Out, "x.pdf")));
    }

    [Fact]
    public void Recommendations_Over100000Characters_AreBuiltInFull_NotCutByTheTemplateEngine()
    {
        // Fault 8: Scriban's LimitToString (100,000) cut the text to "…" with exit 0.
        var words = string.Join(' ', Enumerable.Repeat("ensure consistent casework across the teams", 2_600));
        _folder.Replace("recommendations.md", "4. work to ensure", $"4. {words} RECOMMENDATIONEND\n5. work to ensure");
        _folder.Replace("recommendations.md", "four recommendations", "five recommendations");
        Assert.True(new FileInfo(_folder.PathOf("recommendations.md")).Length > 104_000);

        var messages = new StringWriter();
        var pdf = Path.Combine(_folder.Out, "long.pdf");
        var code = Program.Run(["build", _folder.Report, "-o", pdf, "--templates", _folder.Templates], messages, messages);

        Assert.True(code <= 1, messages.ToString());
        Assert.Contains("RECOMMENDATIONEND", PdfText(pdf));
    }

    [Fact]
    public void ATemplateValueOverTheStringLimit_IsAnErrorNamingTheTemplate_NotATruncation()
    {
        var cover = _folder.TemplateFile("cover.sbn");
        File.WriteAllText(cover, "{{ x = 'ab'; for i in 1..25; x = x + x; end; x }}\n" + File.ReadAllText(cover));

        var messages = new StringWriter();
        var pdf = Path.Combine(_folder.Out, "cut.pdf");
        var code = Program.Run(["build", _folder.Report, "-o", pdf, "--templates", _folder.Templates], messages, messages);

        Assert.Equal(ExitCodes.Errors, code);
        Assert.Matches(@"cover\.sbn:1:\d+: error: .*limit", messages.ToString());
        Assert.False(File.Exists(pdf));
    }

    private static string PdfText(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text)); // in drawing order, which is reading order
    }

    private static string Bookmarks(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.TryGetBookmarks(out var bookmarks) ? string.Join("\n", bookmarks.GetNodes().Select(n => n.Title)) : "";
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Hrefs();

    [GeneratedRegex("<img src=\"([^\"]*)\"")]
    private static partial Regex ImageSources();

    /// <summary>Appends <paramref name="lines"/> as paragraphs of their own; returns the line of the first.</summary>
    private int AppendLines(string file, IReadOnlyList<string> lines)
    {
        var old = _folder.Read(file).TrimEnd('\n');
        var first = old.Split('\n').Length + 2;
        _folder.Write(file, old + "\n\n" + string.Join("\n\n", lines) + "\n");
        return first;
    }

    private static int LineStep => 2;

    /// <summary>Builds the PDF and the HTML edition; both must succeed (warnings allowed). Returns the PDF path, the page and every message.</summary>
    private (string Pdf, string Html, string Messages) BuildBoth(params string[] extra)
    {
        var messages = new StringWriter();
        var pdf = Path.Combine(_folder.Out, "report.pdf");
        var code = Program.Run(["build", _folder.Report, "-o", pdf, "--templates", _folder.Templates, .. extra], messages, messages);
        Assert.True(code <= 1, messages.ToString());
        var edition = Path.Combine(_folder.Out, "edition");
        code = Program.Run(["build", _folder.Report, "--format", "html", "-o", edition, "--templates", _folder.Templates, .. extra], messages, messages);
        Assert.True(code <= 1, messages.ToString());
        return (pdf, File.ReadAllText(Path.Combine(edition, "index.html")), messages.ToString());
    }

    private static List<string> LinkUris(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri).ToList();
    }
}
