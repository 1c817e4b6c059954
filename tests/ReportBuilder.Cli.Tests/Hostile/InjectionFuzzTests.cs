using System.Text.RegularExpressions;
using CsCheck;
using ReportBuilder.Pipeline;
using ReportBuilder.Html;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace ReportBuilder.Cli.Tests.Hostile;

/// <summary>
/// Issue #14: generated Markdown (a narrative) and metadata (a report.yaml string), with payload fragments mixed in,
/// through the whole build; the HTML page must carry no script, no event-handler attribute and no link or source
/// outside http, https, mailto and '#', and the PDF no other link action. CsCheck prints the seed of a failure
/// (RB_FUZZ_SEED replays it, RB_FUZZ_ITER runs longer).
/// </summary>
public sealed partial class InjectionFuzzTests
{
    private static readonly string? Seed = Environment.GetEnvironmentVariable("RB_FUZZ_SEED");

    private static long Iterations(long ci) => long.TryParse(Environment.GetEnvironmentVariable("RB_FUZZ_ITER"), out var n) ? n : ci;

    private static readonly string[] Payloads =
    [
        "word ", "\n\n", "\n", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<iframe srcdoc='x'>",
        "<style>*{}</style>", "[a](javascript:alert(1))", "[a](JaVaScRiPt:alert(1))", "[a](<java\tscript:x>)", "[a](&#106;avascript:x)",
        "[a](data:text/html,x)", "[a](vbscript:x)", "[a](file:///etc/passwd)", "[a](smb://h/s)", "[a](\\\\\\\\h\\s)", "[a](//evil.example)",
        "<javascript:alert(1)>", "<file:///x>", "![i](https://evil.example/p.png)", "{onfocus=alert(1) autofocus}", "{style=\"x\"}",
        "{#main .skip-link}", "[l](https://example.org){onclick=alert(1)}", "# h {onmouseover=x}", ":::", ":::rating-box inadequate\n",
        "::Good::{.rating .rating-good}", "[^n]", "\n[^n]: note\n", "*", "_", "`", "|", "&lt;", "&#x3C;script&#x3E;", "\"", "'", ")", "(",
        "[", "]", "<", ">", "onerror=", "javascript:", "https://example.org/ok", "mailto:a@example.org",
    ];

    [Fact]
    public void GeneratedMarkdownAndMetadata_NeverPutScriptHandlersOrOtherSchemesIntoEitherEdition()
    {
        using var folder = new HostileFolder();
        var yaml = folder.Read("report.yaml");
        var options = new PipelineOptions { TemplatesRoot = folder.Templates };
        var gen =
            from markdown in Gen.OneOf(Payloads).Array[1, 30].Select(string.Concat)
            from metadata in Gen.OneOf(Payloads).Array[1, 8].Select(string.Concat)
            select (markdown, metadata);
        gen.Sample(input =>
        {
            folder.Write("text/domain-2.md", input.markdown);
            folder.Write("report.yaml", yaml.Replace("lead_inspector: Mike Lane", $"lead_inspector: \"{YamlEscape(input.metadata)}\""));
            var result = ReportPipeline.Run(folder.Report, options);
            if (result.Pdf is null || result.Rendered is null)
            {
                Assert.True(result.Diagnostics.HasErrors, "a failed build must say why");
                return;
            }
            AssertSafe(HtmlEdition.RenderPage(result.Rendered.Markdown));
            using var pdf = PdfDocument.Open(result.Pdf);
            foreach (var uri in pdf.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri))
                Assert.Matches("^(https?://|mailto:)", uri);
        }, seed: Seed, iter: Iterations(8), threads: 1, print: i => $"\nmarkdown: {i.markdown}\nmetadata: {i.metadata}");
    }

    private static void AssertSafe(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        foreach (Match tag in Tag().Matches(html))
        {
            Assert.DoesNotMatch(@"\son[a-z]+\s*=", tag.Value);
            Assert.DoesNotMatch(@"\s(style|srcdoc|autofocus)[\s=>]", tag.Value);
            foreach (Match link in Link().Matches(tag.Value))
                Assert.Matches("^(https?://|mailto:|#|report\\.css$)", link.Groups[2].Value);
        }
    }

    private static string YamlEscape(string text) =>
        text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\t", "\\t");

    /// <summary>Every start tag of the page.</summary>
    [GeneratedRegex("<[a-zA-Z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s(href|src|xlink:href|action|formaction)\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
