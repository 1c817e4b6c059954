using System.Text;

namespace ReportBuilder.Data.Tests;

/// <summary>
/// Each case breaks the valid fixture in one way and asserts the exact line 'reportbuilder check' prints for it
/// (file, line, column, message, code), exit code 2, and that no stack trace reaches the user.
/// </summary>
public class BrokenReportTests
{
    private sealed record Case(Action<ReportFolderCopy> Break, string Expected);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // Files and encodings
        ["missing report.yaml"] = new(r => r.Delete("report.yaml"),
            "report.yaml:1:1: error: missing file: the report's metadata (names, dates, template, domains) [RB0001]"),
        ["missing findings"] = new(r => r.Delete("standards/2.3.md"),
            "standards/2.3.md:1:1: error: missing file: the findings of standard 2.3 [RB0001]"),
        ["missing chapter"] = new(r => r.Delete("text/diversity.md"),
            "text/diversity.md:1:1: error: missing file: the chapter 'diversity' [RB0001]"),
        ["UTF-16 file"] = new(r => r.WriteBytes("standards.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(r.Read("standards.csv"))).ToArray()),
            "standards.csv:1:1: error: the file is encoded as UTF-16; save it as UTF-8 (in most editors: Save As, Encoding: UTF-8) [RB0002]"),
        ["Latin-1 file"] = new(r => r.WriteBytes("text/background.md", Encoding.Latin1.GetBytes("We conducted fieldwork.\nThe caf\u00e9 was closed.\n")),
            "text/background.md:2:8: error: the file is not valid UTF-8 (byte 0xE9); it looks like Latin-1 or Windows-1252: save it as UTF-8 [RB0002]"),
        ["empty CSV"] = new(r => r.Write("key-questions.csv", ""),
            "key-questions.csv:1:1: error: the file is empty; expected a header line 'standard,question,percent_yes' and one row per line [RB0004]"),

        ["CSV with semicolons"] = new(r => r.Write("key-questions.csv", r.Read("key-questions.csv").Replace(',', ';')),
            "key-questions.csv:1:1: error: the values are separated by semicolons (;); separate them by commas (in a spreadsheet: save as 'CSV UTF-8 (comma delimited)') [RB0201]"),
        ["YAML duplicate key"] = new(r => r.Append("report.yaml", "lead_inspector: Someone Else\n"),
            "report.yaml:36:1: error: YAML syntax error: duplicate key lead_inspector [RB0101]"),

        // report.yaml
        ["YAML syntax"] = new(r => r.Replace("report.yaml", "  short_name: YJS", "   short_name: YJS"),
            "report.yaml:10:14: error: YAML syntax error: while scanning a plain scalar value, found invalid mapping [RB0101]"),
        ["YAML list never closed"] = new(r => r.Replace("report.yaml", "language: en-GB", "language: [en-GB"),
            "report.yaml:4:11: error: YAML syntax error: this '[' is never closed; expected ']' to close it (or put the value in quotes) [RB0101]"),
        ["YAML unknown key"] = new(r => r.Replace("report.yaml", "lead_inspector:", "lead_inspecter:"),
            "report.yaml:18:1: error: unknown key 'lead_inspecter' (did you mean 'lead_inspector'?) [RB0102]"),
        ["YAML missing key"] = new(r => r.Replace("report.yaml", "title: An inspection of youth justice services in Testshire\n", ""),
            "report.yaml:1:1: error: missing key 'title' (a text value) [RB0103]"),
        ["YAML bad date"] = new(r => r.Replace("report.yaml", "fieldwork_start: 2024-01-08", "fieldwork_start: 2024-13-08"),
            "report.yaml:13:18: error: 'fieldwork_start': '2024-13-08' is not a date; expected YYYY-MM-DD, or YYYY-MM when only the month is known (for example 2023-01-09 or 2023-01) [RB0104]"),
        ["YAML bad month"] = new(r => r.Replace("report.yaml", "published: 2024-03", "published: March 2024"),
            "report.yaml:12:12: error: 'published': 'March 2024' is not a date; expected YYYY-MM-DD, or YYYY-MM when only the month is known (for example 2023-01-09 or 2023-01) [RB0104]"),
        ["data annexe not a web address"] = new(r => r.Replace("report.yaml", "isbn: 978-1-915468-29-1\n", "isbn: 978-1-915468-29-1\ndata_annexe: www.example.org/annexe\n"),
            "report.yaml:18:14: error: 'data_annexe': 'www.example.org/annexe' is not a web address; expected an absolute address such as https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/ [RB0104]"),
        ["YAML count not a number"] = new(r => r.Replace("report.yaml", "interviews: 20", "interviews: twenty"),
            "report.yaml:31:15: error: 'cases.interviews': 'twenty' is not a whole number; expected a whole number from 0 to 100000 [RB0104]"),
        ["sample range reversed"] = new(r => r.Replace("report.yaml", "\n  court: { from: 2023-01-09, to: 2023-10-27 }", "\n  court: { from: 2023-10-27, to: 2023-01-09 }"),
            "report.yaml:15:10: error: 'samples.court': 'from' (2023-10-27) is after 'to' (2023-01-09) [RB1003]"),
        ["unknown service kind"] = new(r => r.Replace("report.yaml", "  area: Testshire\n", "  area: Testshire\n  kind: youth justice servise\n"),
            "report.yaml:12:9: error: 'service.kind': unknown kind 'youth justice servise' (did you mean 'youth justice service'?); expected one of youth offending team, youth offending service, youth justice service [RB1503]"),
        ["stated overall not a rating"] = new(r => r.Replace("report.yaml", "overall_rating: Good", "overall_rating: Goood"),
            "report.yaml:35:19: error: unknown rating 'Goood' (did you mean 'Good'?); expected one of Outstanding, Good, Requires improvement, Inadequate [RB0305]"),

        // Template
        ["template does not exist"] = new(r => r.Replace("report.yaml", "template: hmip-youth-2021", "template: hmip-youth-2020"),
            "report.yaml:2:11: error: template 'hmip-youth-2020' does not exist in TEMPLATES (did you mean 'hmip-youth-2021'?); the templates are hmip-youth-2018, hmip-youth-2021 [RB0902]"),
        ["template version does not exist"] = new(r => r.Replace("report.yaml", "template_version: \"1\"", "template_version: \"2\""),
            "report.yaml:3:19: error: template 'hmip-youth-2021' has no version '2'; its versions are 1 [RB0903]"),

        // standards.csv
        ["scored standard not rated"] = new(r => r.Replace("standards.csv", "evidence,Outstanding,yes\n1.4", "evidence,Not rated,yes\n1.4"),
            "standards.csv:4:191: error: standard 1.3 is 'Not rated' but the hmip-youth-2021 framework scores it, so it must have a rating; only 4.1 may be not rated [RB1501]"),
        ["unknown rating"] = new(r => r.Replace("standards.csv", "evidence,Outstanding,yes\n1.4", "evidence,Outstandng,yes\n1.4"),
            "standards.csv:4:191: error: unknown rating 'Outstandng' (did you mean 'Outstanding'?); expected one of Outstanding, Good, Requires improvement, Inadequate (or Not rated where the framework allows it) [RB0305]"),
        ["judged_on misspelt"] = new(r => r.Replace("standards.csv", "cases,Good,yes\n2.2", "case,Good,yes\n2.2"),
            "standards.csv:6:150: error: 'case' is not a way of judging (did you mean 'cases'?); expected 'cases' (rated from its key questions) or 'evidence' [RB0306]"),
        ["scored disagrees with framework"] = new(r => r.Replace("standards.csv", "evidence,Inadequate,no", "evidence,Inadequate,yes"),
            "standards.csv:14:165: error: standard 4.1 never counts towards the score in the hmip-youth-2021 framework: write 'no' [RB0308]"),
        ["duplicate standard"] = new(r => r.Append("standards.csv", "1.1,Organisational delivery,Governance and leadership,Again.,evidence,Good,yes\n"),
            "standards.csv:15:1: error: standard 1.1 appears twice (first at line 2) [RB0302]"),
        ["missing standard"] = new(r => { r.Replace("standards.csv", "3.4,Out-of-court disposals,Out-of-court disposal policy and provision,\"There is a high-quality, evidence-based out-of-court disposal service in place that promotes diversion and supports sustainable desistance.\",evidence,Outstanding,yes\n", ""); r.Delete("standards/3.4.md"); },
            "standards.csv:13:1: error: standard 3.4 'Out-of-court disposal policy and provision' of the hmip-youth-2021 framework is missing [RB0303]"),
        ["domain name disagrees"] = new(r => r.Replace("standards.csv", "2.4,Court disposals,", "2.4,Court disposal,"),
            "standards.csv:9:5: error: domain 'Court disposal' differs from domain 2 in report.yaml, 'Court disposals' [RB0310]"),
        ["unquoted comma"] = new(r => r.Replace("standards.csv", "\"There is a high-quality, evidence-based resettlement service for children leaving custody.\"", "There is a high-quality, evidence-based resettlement service for children leaving custody."),
            "standards.csv:14:1: error: the row has 8 fields but the header has 7: put a value that contains a comma in double quotes [RB0204]"),
        ["unterminated quote"] = new(r => r.Replace("standards.csv", "\"There is a high-quality, evidence-based resettlement service for children leaving custody.\"", "\"There is a high-quality, evidence-based resettlement service for children leaving custody."),
            "standards.csv:14:1: error: a quoted field is never closed: add the closing double quote (\") [RB0201]"),
        ["unknown column"] = new(r => r.Replace("key-questions.csv", "percent_yes,", "percent_yess,"),
            "key-questions.csv:1:19: error: unknown column 'percent_yess' (did you mean 'percent_yes'?); the columns are standard, question, percent_yes, yes, relevant [RB0202]"),
        ["missing column"] = new(r => r.Replace("standards.csv", "judged_on,rating,scored", "judged_on,ratings,scored"),
            "standards.csv:1:1: error: missing column 'rating'; the header must name id, rating [RB0203]"),
        ["empty value"] = new(r => r.Replace("standards.csv", "1.2,Organisational delivery,Staff,", "1.2,Organisational delivery,,"),
            "standards.csv:3:29: error: 'name' is empty; expected the standard's name as printed [RB0206]"),
        ["findings for unknown standard"] = new(r => r.Write("standards/5.1.md", "Text.\n"),
            "standards/5.1.md:1:1: error: findings for standard 5.1, which standards.csv does not list (did you mean '1.1'?) [RB0313]"),

        // key-questions.csv
        ["percent with % sign"] = new(r => r.Replace("key-questions.csv", "to support the child's desistance?,90,9,10", "to support the child's desistance?,\"94 %\",9,10"),
            "key-questions.csv:2:81: error: '94 %' has a % sign; write the number alone (94) [RB0401]"),
        ["percent as fraction"] = new(r => r.Replace("key-questions.csv", "supporting the child's desistance?,100,,", "supporting the child's desistance?,0.94,,"),
            "key-questions.csv:5:76: error: '0.94' looks like a fraction; write the percentage from 0 to 100 (94) [RB0401]"),
        ["percent NaN"] = new(r => r.Replace("key-questions.csv", "keeping the child safe?,80,,", "keeping the child safe?,NaN,,"),
            "key-questions.csv:6:65: error: 'NaN' is not a number; expected a % 'Yes' from 0 to 100 [RB0401]"),
        ["percent exponent"] = new(r => r.Replace("key-questions.csv", "keeping other people safe?,90,,", "keeping other people safe?,1e9,,"),
            "key-questions.csv:7:68: error: '1e9' is in exponent notation; write a plain number from 0 to 100 [RB0401]"),
        ["percent negative"] = new(r => r.Replace("key-questions.csv", "the safety of the child?,65,,", "the safety of the child?,-3,,"),
            "key-questions.csv:9:99: error: '-3' is negative; a % 'Yes' is from 0 to 100 [RB0401]"),
        ["percent above 100"] = new(r => r.Replace("key-questions.csv", "the safety of other people?,79,,", "the safety of other people?,101,,"),
            "key-questions.csv:10:102: error: '101' is more than 100; a % 'Yes' is from 0 to 100 [RB0401]"),
        ["yes and relevant disagree with percent"] = new(r => r.Replace("key-questions.csv", "safe?,70,7,10\n2.1,Does assessment sufficiently analyse how to keep other", "safe?,70,6,10\n2.1,Does assessment sufficiently analyse how to keep other"),
            "key-questions.csv:3:70: error: 70% does not match 6 'Yes' of 10 relevant cases, which is 60% [RB0402]"),
        ["yes without relevant"] = new(r => r.Replace("key-questions.csv", "keeping the child safe?,80,,", "keeping the child safe?,80,8,"),
            "key-questions.csv:6:68: error: 'yes' is given without 'relevant'; give both counts or neither [RB0402]"),
        ["key question for unknown standard"] = new(r => r.Append("key-questions.csv", "2.5,Is this a question?,80,,\n"),
            "key-questions.csv:23:1: error: key question for standard '2.5', which standards.csv does not list (did you mean '2.1'?) [RB0403]"),
        ["key question for evidence standard"] = new(r => r.Append("key-questions.csv", "1.1,Is this a question?,80,,\n"),
            "key-questions.csv:23:1: error: standard 1.1 is judged on evidence, so it has no key questions (or set judged_on to 'cases' in standards.csv) [RB0405]"),
        ["case standard without key questions"] = new(r => r.Write("key-questions.csv", string.Join('\n', r.Read("key-questions.csv").Split('\n').Where(l => !l.StartsWith("3.3,")))),
            "standards.csv:12:173: error: standard 3.3 is judged on cases but key-questions.csv has no key question for it [RB0404]"),

        // Ratings and score
        ["stated rating disagrees with key questions"] = new(r => r.Replace("standards.csv", "cases,Good,yes\n2.2", "cases,Outstanding,yes\n2.2"),
            "standards.csv:6:156: error: standard 2.1 is stated 'Outstanding' but its lowest key question (70%) places it in 'Good' [RB0501]"),
        ["stated score disagrees"] = new(r => r.Replace("report.yaml", "score: 26", "score: 30"),
            "report.yaml:34:10: error: stated score 30 differs from the computed 26/36 (the points of the scored standards) [RB0502]"),
        ["stated overall disagrees"] = new(r => r.Replace("report.yaml", "overall_rating: Good", "overall_rating: Outstanding"),
            "report.yaml:35:19: error: stated overall rating 'Outstanding' differs from the computed 'Good' for 26/36 [RB0503]"),

        // Markdown
        ["empty findings"] = new(r => r.Write("standards/2.2.md", "\n"),
            "standards/2.2.md:1:1: error: standard 2.2 has no findings: the file is empty [RB0606]"),
        ["empty bullet"] = new(r => r.Replace("standards/1.2.md", "- Staff feel supported by their managers.\n", "- Staff feel supported by their managers.\n-\n"),
            "standards/1.2.md:7:1: error: empty bullet: write the finding after the '-', or delete the line [RB0602]"),
        ["misspelt Strengths"] = new(r => r.Replace("standards/1.3.md", "## Strengths", "## Strenghts"),
            "standards/1.3.md:3:1: error: heading 'Strenghts' should read 'Strengths' exactly (the template recognises the lists by it) [RB0601]"),
        ["Areas heading with colon"] = new(r => r.Replace("standards/1.4.md", "## Areas for improvement", "## Areas for improvement:"),
            "standards/1.4.md:8:1: error: heading 'Areas for improvement:' should read 'Areas for improvement' exactly (the template recognises the lists by it) [RB0601]"),
        ["heading without list"] = new(r => r.Replace("standards/3.4.md", "- Data on outcomes could be used more.\n", "Data on outcomes could be used more.\n"),
            "standards/3.4.md:8:1: error: 'Areas for improvement' is not followed by a bulleted list ('- ' lines) [RB0612]"),
        ["footnote without text"] = new(r => r.Write("text/background.md", "We conducted fieldwork in Testshire.[^2]\n"),
            "text/background.md:1:37: error: footnote [^2] has no text: add a line '[^2]: …' to this file [RB0603]"),
        ["footnote never referenced"] = new(r => r.Append("text/diversity.md", "\n[^x]: A note nobody points to.\n"),
            "text/diversity.md:3:1: error: footnote [^x] is never referenced: add [^x] where it belongs in the text, or delete it [RB0604]"),
        ["survey quotes group does not exist"] = new(r => r.Replace("text/involvement.md", ":::survey-quotes positive", ":::survey-quotes positve"),
            "text/involvement.md:6:1: error: quote group 'positve' does not exist in survey.yaml (did you mean 'positive'?); the groups are positive [RB0608]"),
        ["unknown container"] = new(r => r.Replace("text/involvement.md", ":::survey-chart", ":::survey-chrat"),
            "text/involvement.md:3:1: error: unknown container ':::survey-chrat' (did you mean 'survey-chart'?); the containers are :::survey-chart, :::survey-quotes [RB0607]"),
        // The dialect's SmartyPants makes the quotes nodes of their own: each still counts as the one character typed.
        ["heading too long, quotes counted"] = new(r => r.Write("text/background.md", "# \"" + new string('a', 497) + "'s\"\n\nWe conducted fieldwork.\n"),
            "text/background.md:1:1: error: a heading of 501 characters; a heading holds at most 500: is a blank line missing after it, or is a paragraph marked with '#'? [RB1404]"),
        // Data parses with the dialect's pipeline, so check sees the rating label that build and draft lay out.
        ["rating label with no rating's key"] = new(r => r.Write("text/background.md", "We conducted fieldwork, rated ::Goood::{.rating .rating-goood}.\n"),
            "text/background.md:1:31: error: Unknown rating 'goood': expected outstanding, good, requires-improvement or inadequate. [RB1224]"),
        ["survey container without survey"] = new(r => r.Delete("survey.yaml"),
            "text/involvement.md:3:1: error: ':::survey-chart' places part of the children's survey, but the report folder has no survey.yaml [RB0609]"),

        // recommendations.md
        ["recommendations as bullets"] = new(r => r.Write("recommendations.md", "We made two recommendations.\n\nThe service should:\n\n- do one thing\n- do another\n"),
            "recommendations.md:5:1: error: the recommendations must be a numbered list ('1. …'), not bullets [RB0701]"),
        ["recommendations without lead-in"] = new(r => r.Write("recommendations.md", "1. do one thing\n2. do another\n"),
            "recommendations.md:1:1: error: the numbered list needs a lead-in paragraph before it (for example 'Lincolnshire Youth Offending Service should:') [RB0702]"),

        // survey.yaml
        ["survey replied more than invited"] = new(r => r.Replace("survey.yaml", "replied: 12", "replied: 21"),
            "survey.yaml:2:10: error: 'replied' (21) is more than 'invited' (20) [RB0801]"),
        ["survey scores exceed replies"] = new(r => r.Replace("survey.yaml", "5: 2 }", "5: 9 }"),
            "survey.yaml:4:9: error: the scores add up to 18 children but only 12 replied [RB0802]"),
        ["survey score out of range"] = new(r => r.Replace("survey.yaml", "{ 10: 4,", "{ 11: 4,"),
            "survey.yaml:4:11: error: 'scores.11': 11 is out of range; expected a whole number from 0 to 10 [RB0104]"),
        // Found by the loader fuzz test (seed 9aOLMVV1Ffm1): a list as a mapping key was cast to a scalar and threw.
        ["survey score key is a list"] = new(r => r.Replace("survey.yaml", "{ 10: 4,", "{ [10]: 4,"),
            "survey.yaml:4:11: error: a key in 'scores' must be a plain name, not a list or a mapping [RB0104]"),
    };

    public static IEnumerable<object[]> CaseNames => Cases.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Check_ReportsTheProblemAtItsPosition_AndExits2(string name)
    {
        using var report = new ReportFolderCopy();
        var @case = Cases[name];
        @case.Break(report);

        var (exit, output) = report.Check();

        var expected = $"{report.Folder}/{@case.Expected}"
            .Replace("TEMPLATES", report.Templates);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.True(lines.Contains(expected), $"expected line:\n{expected}\nin output:\n{output}");
        Assert.Equal(2, exit);
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("Exception", output);
    }

    [Fact]
    public void ThereAreAtLeast30BrokenCases() => Assert.True(Cases.Count >= 30, $"{Cases.Count} cases");
}
