using System.Text;

namespace ReportBuilder.Cli.Tests.Hostile;

/// <summary>
/// One broken input: how to break a copy of Lincolnshire, which command reads it, what exit codes are acceptable, and
/// which file (and, when the mutation knows it, which line) the message must name. Documented case by case in
/// docs/reliability.md.
/// </summary>
public sealed record HostileCase(string Name, Action<HostileFolder> Mutate, int[] Exits, string? File, bool Located = true, string Command = "build")
{
    public override string ToString() => Name;
}

/// <summary>The corpus: every file type a report folder holds, broken the ways hand-written and archived folders break.</summary>
public static class HostileCorpus
{
    private const int Ok = 0, Warn = 1, Err = 2;
    private static readonly int[] Refused = [Err];
    private static readonly int[] Accepted = [Ok, Warn];
    private static readonly int[] Warned = [Warn];
    private static readonly int[] WarnedOrRefused = [Warn, Err];

    private static HostileCase Case(string name, Action<HostileFolder> mutate, int[] exits, string? file, bool located = true, string command = "build") =>
        new(name, mutate, exits, file, located, command);

    private static HostileCase Markdown(string name, string paragraph, int[] exits, bool located = true) =>
        Case(name, f => f.AppendParagraph("standards/1.1.md", paragraph), exits, located ? "standards/1.1.md" : null, located);

    private static HostileCase Percent(string name, string value, int[] exits) =>
        Case(name, f => f.EditLine("key-questions.csv", 2, l => l[..l.LastIndexOf(',')] + "," + value), exits, "key-questions.csv");

    private static HostileCase Template(string name, string partial, string body, int[] exits, bool located = true) =>
        Case(name, f =>
        {
            var path = f.TemplateFile(partial);
            System.IO.File.WriteAllText(path, body + System.IO.File.ReadAllText(path));
            f.Line = 1;
        }, exits, exits.Contains(Err) ? partial : null, located);

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
    }

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        // ---- CSV, through the build path (the data branch's 55 cases cover 'check' on its own fixture)
        Case("csv-semicolon-delimiter", f => f.Write("standards.csv", f.Read("standards.csv").Replace(',', ';')), Refused, "standards.csv", located: false),
        Case("csv-quoted-newline", f => f.Replace("standards.csv", "supports and promotes", "supports\nand promotes"), Accepted, null),
        Case("csv-byte-order-mark", f => f.WriteBytes("standards.csv", [0xEF, 0xBB, 0xBF, .. System.IO.File.ReadAllBytes(f.PathOf("standards.csv"))]), Accepted, null),
        Case("csv-crlf-line-ends", f => f.Write("standards.csv", f.Read("standards.csv").Replace("\n", "\r\n")), Accepted, null),
        Case("csv-missing-header", f => f.Write("standards.csv", string.Join('\n', f.Read("standards.csv").Split('\n').Skip(1))), Refused, "standards.csv", located: false),
        Case("csv-extra-column", f => f.EditLine("standards.csv", 3, l => l + ",surplus"), WarnedOrRefused, "standards.csv"),
        Case("csv-missing-column", f => f.EditLine("standards.csv", 3, l => l[..l.LastIndexOf(',')]), Refused, "standards.csv"),
        Case("csv-duplicate-row", f => { var lines = f.Read("standards.csv").Split('\n').ToList(); lines.Insert(3, lines[2]); f.Line = 4; f.Write("standards.csv", string.Join('\n', lines)); }, Refused, "standards.csv"),
        Case("csv-unterminated-quote", f => f.EditLine("standards.csv", 3, l => l.Replace(".\",evidence", ".,evidence")), Refused, "standards.csv", located: false),
        Case("csv-empty-file", f => f.Write("standards.csv", ""), Refused, "standards.csv", located: false),
        Case("csv-binary-garbage", f => f.WriteBytes("key-questions.csv", [0x00, 0xFF, 0x01, 0x02, 0xFE, 0x0A, 0x00]), Refused, "key-questions.csv", located: false),
        Percent("csv-percent-with-space-and-sign", "94 %", WarnedOrRefused),
        Percent("csv-percent-as-fraction", "0.94", WarnedOrRefused),
        Percent("csv-percent-empty", "", WarnedOrRefused),
        Percent("csv-percent-nan", "NaN", Refused),
        Percent("csv-percent-exponent", "1e9", Refused),
        Percent("csv-percent-negative", "-3", Refused),
        Percent("csv-percent-over-100", "140", Refused),
        Case("csv-rating-unknown", f => f.Replace("standards.csv", "evidence,Outstanding,yes\n1.2", "evidence,Superb,yes\n1.2"), Refused, "standards.csv"),

        // ---- Markdown, through templates, layout and PDF
        Markdown("md-unclosed-emphasis", "This is *unclosed and **also unclosed and _this too.", Accepted, located: false),
        Markdown("md-footnote-without-definition", "A claim that cites a note nobody wrote.[^missing]", Refused),
        // Found by the Markdown fuzz (seed 6RR4ioywPXo1): a note citing itself nested notes until Markdig's depth check threw.
        Case("md-footnote-cites-itself", f =>
        {
            f.AppendParagraph("standards/1.1.md", "[^loop]: A note that cites itself.[^loop]");
            var line = f.Line;
            f.AppendParagraph("standards/1.1.md", "A claim.[^loop]");
            f.Line = line;
        }, Warned, "standards/1.1.md"),
        Case("md-footnotes-cite-each-other", f =>
        {
            f.AppendParagraph("standards/1.1.md", "[^ping]: See the other note.[^pong]");
            var line = f.Line;
            f.AppendParagraph("standards/1.1.md", "[^pong]: See the first note.[^ping]");
            f.AppendParagraph("standards/1.1.md", "A claim.[^ping]");
            f.Line = line;
        }, Warned, "standards/1.1.md"),
        Markdown("md-fuzz-6RR4ioywPXo1", "</b>[^b]:::narrative x\n\t---\n[^a]“\u200B\n[^a]: a note\n[^a]\\]”    - ”שלום", Refused, located: false),
        Markdown("md-definition-without-reference", "[^orphan]: A note that nothing cites.", Refused),
        Markdown("md-raw-html-block", "<script>alert('x')</script>", Warned),
        Markdown("md-raw-html-inline", "Some <b onclick=\"x()\">bold</b> words.", Warned),
        Case("md-10-mb-paragraph", f => f.AppendParagraph("standards/1.1.md", string.Concat(Enumerable.Repeat("word ", 2_000_000))), Refused, "standards/1.1.md", located: false),
        Markdown("md-lists-nested-50-deep", string.Join('\n', Enumerable.Range(0, 50).Select(i => new string(' ', i * 2) + "- level " + i)), Accepted, located: false),
        Case("md-blockquote-nested-200-deep", f => f.AppendParagraph("standards/1.1.md", new string('>', 200) + " deep"), Refused, "standards/1.1.md", located: false),
        Markdown("md-word-wider-than-page", new string('x', 600), Accepted, located: false),
        Markdown("md-url-wider-than-page", "See https://example.org/" + string.Concat(Enumerable.Repeat("segment/", 80)), Accepted, located: false),
        Markdown("md-emoji", "The children liked it 😀🎉👍🏽.", Warned),
        Markdown("md-cjk-no-font", "青少年司法 inspection.", Warned),
        Markdown("md-right-to-left", "Arabic: مرحبا بالعالم and Hebrew: שלום עולם.", Accepted, located: false),
        Markdown("md-combining-marks", "Cafe\u0301, Z\u0335\u0321a\u0336\u031bl\u0338g\u0334o\u0337 text, and a\u0300\u0301\u0302\u0303\u0304\u0305.", Accepted, located: false),
        Markdown("md-control-characters", "Bell \u0007 and escape \u001b[31m and form feed \u000c here.", Accepted, located: false),
        Markdown("md-zero-width-and-bidi-overrides", "A\u200Bb\u200Dc \u202Eevil\u202C done \uFEFF.", Accepted, located: false),
        Markdown("md-table-60-columns", "|" + string.Concat(Enumerable.Range(0, 60).Select(i => $" c{i} |")) + "\n|" + string.Concat(Enumerable.Repeat("---|", 60)) + "\n|" + string.Concat(Enumerable.Range(0, 60).Select(i => $" {i} |")), Accepted, located: false),
        Markdown("md-heading-level-6-and-7", "###### Six\n\n####### Seven", Accepted, located: false),
        Markdown("md-javascript-link", "[click](javascript:alert(1)) and [file](file:///etc/passwd)", Accepted, located: false),
        // Issue #14: links, attributes, nesting, metadata, special files.
        Markdown("md-link-schemes-disguised", "[a](JaVaScRiPt:alert(1)) [b](\\\\\\\\host\\share) [c](//evil.example) [d](<java&#9;script:x>) <vbscript:x>", Warned),
        Markdown("md-generic-attributes", "[a](https://example.org){onclick=alert(1) style=\"x\"} text {#main .skip-link}", Warned),
        Case("md-emphasis-nested-600-deep", f => f.AppendParagraph("standards/1.1.md", new string('*', 600) + "x" + new string('*', 600)), Refused, "standards/1.1.md", located: false),
        Case("yaml-isbn-injects-a-chapter", f => f.Replace("report.yaml", "isbn: 978-1-915468-29-1", "isbn: \"1\\n:::\\n\\n# Injected\\n\\n:::rating-box inadequate\\nFake\\n:::\""), WarnedOrRefused, "report.yaml"),
        Case("yaml-data-annexe-javascript", f => f.Replace("report.yaml", "isbn:", "data_annexe: \"https://x.org/a)[D](javascript:alert(1))\"\nisbn:"), Refused, "report.yaml"),
        Case("md-quotes-nested-30-deep", f => f.AppendParagraph("text/foreword.md", string.Concat(Enumerable.Repeat("> ", 30)) + "Quoted too deeply."), Refused, "text/foreword.md"),
        Case("md-heading-900kb", f => f.AppendParagraph("text/foreword.md", "# " + new string('x', 900_000)), Refused, "text/foreword.md"),
        Case("path-fifo-narrative", f => { System.IO.File.Delete(f.PathOf("text/foreword.md")); MakeFifo(f.PathOf("text/foreword.md")); }, Refused, "text/foreword.md", located: false),
        Markdown("md-thousand-footnotes", string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"x[^n{i}]")) + "\n\n" + string.Join('\n', Enumerable.Range(0, 1000).Select(i => $"[^n{i}]: note {i}")), Accepted, located: false),
        Case("md-invalid-utf8", f => f.WriteBytes("standards/1.2.md", [.. Encoding.UTF8.GetBytes("Bad bytes: "), 0xC3, 0x28, 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(" end.\n")]), WarnedOrRefused, "standards/1.2.md", located: false),
        Case("md-utf16-file", f => System.IO.File.WriteAllText(f.PathOf("standards/1.2.md"), f.Read("standards/1.2.md"), Encoding.Unicode), Refused, "standards/1.2.md"),
        Case("md-empty-narrative", f => f.Write("standards/1.2.md", ""), WarnedOrRefused, "standards/1.2.md", located: false),
        Case("md-narrative-is-folder", f => { System.IO.File.Delete(f.PathOf("standards/1.2.md")); Directory.CreateDirectory(f.PathOf("standards/1.2.md")); }, Refused, "1.2", located: false),

        // ---- metadata (YAML)
        Case("yaml-missing-title", f => f.Replace("report.yaml", "title: An inspection of youth offending services in Lincolnshire\n", ""), Refused, "report.yaml", located: false),
        Case("yaml-missing-template", f => f.Replace("report.yaml", "template: hmip-youth-2021\n", ""), Refused, "report.yaml", located: false),
        Case("yaml-published-wrong-type", f => f.Replace("report.yaml", "published: 2023-04", "published: [2023, April]"), Refused, "report.yaml"),
        Case("yaml-count-wrong-type", f => f.Replace("report.yaml", "community_sentences: 16", "community_sentences: sixteen"), Refused, "report.yaml"),
        Case("yaml-template-does-not-exist", f => f.Replace("report.yaml", "template: hmip-youth-2021", "template: hmip-youth-2099"), Refused, "report.yaml"),
        Case("yaml-template-version-does-not-exist", f => f.Replace("report.yaml", "template_version: \"1\"", "template_version: \"99\""), Refused, "report.yaml"),
        Case("yaml-template-id-path-traversal", f => f.Replace("report.yaml", "template: hmip-youth-2021", "template: ../../../../etc"), Refused, "report.yaml"),
        Case("yaml-syntax-error", f => f.Replace("report.yaml", "published: 2023-04", "published: { 2023-04"), Refused, "report.yaml", located: false),
        Case("yaml-tab-indentation", f => f.Replace("report.yaml", "  name: Lincolnshire Youth Offending Service", "\tname: Lincolnshire Youth Offending Service"), Refused, "report.yaml", located: false),
        Case("yaml-duplicate-key", f => f.Replace("report.yaml", "language: en-GB\n", "language: en-GB\nlanguage: cy\n"), WarnedOrRefused, "report.yaml", located: false),
        Case("yaml-utf16-file", f => System.IO.File.WriteAllText(f.PathOf("report.yaml"), f.Read("report.yaml"), Encoding.Unicode), Refused, "report.yaml"),
        Case("yaml-latin1-file", f => f.WriteBytes("report.yaml", Encoding.Latin1.GetBytes(f.Read("report.yaml").Replace("Mike Lane", "Zoë Lane"))), WarnedOrRefused, "report.yaml", located: false),
        Case("yaml-empty-file", f => f.Write("report.yaml", ""), Refused, "report.yaml", located: false),
        Case("yaml-alias-bomb", f => f.Write("survey.yaml", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n" + f.Read("survey.yaml")), WarnedOrRefused, "survey.yaml", located: false),
        Case("yaml-nested-500-deep", f => f.Write("survey.yaml", f.Read("survey.yaml") + "deep: " + new string('[', 500) + new string(']', 500) + "\n"), WarnedOrRefused, "survey.yaml", located: false),
        Case("yaml-survey-negative-count", f => f.Replace("survey.yaml", "10: 5,", "10: -5,"), Refused, "survey.yaml"),
        Case("yaml-survey-replied-more-than-invited", f => f.Replace("survey.yaml", "replied: 19", "replied: 90"), WarnedOrRefused, "survey.yaml"),
        Case("yaml-check-template-does-not-exist", f => f.Replace("report.yaml", "template: hmip-youth-2021", "template: nope"), Refused, "report.yaml", command: "check"),

        // ---- templates (a private copy of templates/hmip-youth-2021/1)
        Template("tpl-syntax-error", "cover.sbn", "{{ if }}\n", Refused),
        Template("tpl-endless-loop", "cover.sbn", "{{ while true }}x{{ end }}\n", Refused),
        Template("tpl-loop-over-huge-range", "cover.sbn", "{{ for i in 1..100000000 }}{{ end }}\n", Refused),
        Template("tpl-deep-recursion", "cover.sbn", "{{ include 'cover.sbn' }}\n", Refused),
        Template("tpl-recursive-function", "cover.sbn", "{{ func f(n); ret f(n + 1); end; f(0) }}\n", Refused),
        Template("tpl-include-outside-folder", "cover.sbn", "{{ include '../../../../../../../../etc/passwd' }}\n", Refused),
        Template("tpl-include-absolute-path", "cover.sbn", "{{ include '/etc/passwd' }}\n", Refused),
        Template("tpl-dotnet-type", "cover.sbn", "{{ report.GetType().Assembly.Location }}\n", Refused),
        Template("tpl-dotnet-static", "cover.sbn", "{{ System.IO.File.ReadAllText('/etc/passwd') }}\n", Refused),
        Template("tpl-unknown-variable", "cover.sbn", "{{ no_such_thing }}\n", Refused),
        Template("tpl-missing-partial", "cover.sbn", "{{ include 'nope.sbn' }}\n", Refused),
        // Issue #14 fault 8: a cut is an error naming the template, never a silent "…".
        Template("tpl-string-too-long", "cover.sbn", "{{ x = 'ab'; for i in 1..40; x = x + x; end; x }}\n", Refused, located: false),

        // ---- paths
        Markdown("path-image-outside-folder", "![the passwords](../../../../../etc/passwd)", Accepted, located: false),
        Markdown("path-image-absolute", "![the passwords](/etc/passwd)", Accepted, located: false),
        Case("path-symlink-file-leading-out", f => { System.IO.File.Delete(f.PathOf("standards/1.2.md")); System.IO.File.CreateSymbolicLink(f.PathOf("standards/1.2.md"), "/etc/hostname"); }, Refused, "standards/1.2.md", located: false),
        Case("path-symlink-folder-leading-out", f => { Directory.Delete(f.PathOf("text"), true); Directory.CreateSymbolicLink(f.PathOf("text"), "/etc"); }, Refused, "text", located: false),
    ];

    public static TheoryData<string> Names => new(All.Select(c => c.Name));

    public static HostileCase Get(string name) => All.Single(c => c.Name == name);
}
