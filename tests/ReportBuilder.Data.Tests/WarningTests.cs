namespace ReportBuilder.Data.Tests;

/// <summary>Problems that do not stop a build: 'check' prints them, still prints the score, and exits 1.</summary>
public class WarningTests
{
    private static readonly Dictionary<string, (Action<ReportFolderCopy> Break, string Expected)> Cases = new()
    {
        ["unknown file"] = (r => r.Write("standard.csv", "x\n"),
            "standard.csv:1:1: warning: unknown file 'standard.csv' is not read (did you mean 'standards.csv'?) [RB0003]"),
        ["ISBN check digit"] = (r => r.Replace("report.yaml", "isbn: 978-1-915468-29-1", "isbn: 978-1-915468-29-2"),
            "report.yaml:17:7: warning: 'isbn': the check digit of '978-1-915468-29-2' should be 1; is a digit mistyped? [RB1005]"),
        ["Her Majesty's after 2022"] = (r => r.Replace("report.yaml", "His Majesty's", "Her Majesty's"),
            "report.yaml:7:20: warning: 'inspectorate_full' says \"Her Majesty's\" but a report published in March 2024 would say \"His Majesty's\" [RB1004]"),
        ["service kind with another abbreviation"] = (r => r.Replace("report.yaml", "  area: Testshire\n", "  area: Testshire\n  kind: youth offending service\n"),
            "report.yaml:12:9: warning: 'service.short_name' is 'YJS' but a youth offending service is abbreviated 'YOS' [RB1504]"),
        ["recommendation count word"] = (r => r.Replace("recommendations.md", "made three recommendations", "made four recommendations"),
            "recommendations.md:1:54: warning: the text says 'four recommendations' but the list has 3 [RB0703]"),
        ["unknown case count"] = (r => r.Replace("report.yaml", "meetings: 8", "meeting: 8"),
            "report.yaml:32:3: warning: unknown case count 'cases.meeting' (did you mean 'meetings'?); templates will not find it under another name [RB1006]"),
        ["unexpected heading"] = (r => r.Replace("standards/1.2.md", "## Strengths", "## Context\n\nSome context.\n\n## Strengths"),
            "standards/1.2.md:3:1: warning: unexpected heading 'Context' in the findings of standard 1.2; expected 'Strengths' or 'Areas for improvement' [RB0601]"),
        ["out-of-court disposals do not add up"] = (r => r.Replace("report.yaml", "out_of_court_disposals: 12", "out_of_court_disposals: 12\n  youth_conditional_cautions: 4\n  community_resolutions: 7"),
            "report.yaml:30:27: warning: 'cases.out_of_court_disposals' is 12 but youth_conditional_cautions + community_resolutions make 11 [RB1007]"),
        ["survey never placed"] = (r => r.Write("text/involvement.md", "We delivered the survey.\n"),
            "survey.yaml:1:1: warning: the survey is never placed: add ':::survey-chart' and ':::' to text/involvement.md [RB0610]"),
        ["standard name differs from framework"] = (r => r.Replace("standards.csv", "1.2,Organisational delivery,Staff,", "1.2,Organisational delivery,Staffing,"),
            "standards.csv:3:29: warning: the hmip-youth-2021 framework names standard 1.2 'Staff', not 'Staffing' [RB0311]"),
        // The rules of the dialect run once, with the folder: check reports what build and draft used to find alone.
        ["raw HTML in a narrative"] = (r => r.Replace("text/foreword.md", "It is signed", "It is <b>signed</b>"),
            "text/foreword.md:3:7: warning: Raw HTML '<b>' is not part of the report's Markdown and is dropped. [RB1223]"),
        ["footnote citing itself"] = (r => r.Append("text/foreword.md", "\nA claim.[^loop]\n\n[^loop]: See [^loop].\n"),
            "text/foreword.md:7:14: warning: Footnote [^loop] cites itself; notes inside notes would never end, so the reference that closes the loop is left out. [RB1229]"),
    };

    public static IEnumerable<object[]> CaseNames => Cases.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Check_PrintsTheWarning_StillScores_AndExits1(string name)
    {
        using var report = new ReportFolderCopy();
        Cases[name].Break(report);

        var (exit, output) = report.Check();

        var expected = $"{report.Folder}/{Cases[name].Expected}";
        Assert.True(output.Split('\n', StringSplitOptions.TrimEntries).Contains(expected), $"expected line:\n{expected}\nin output:\n{output}");
        Assert.Contains("Score: 26/36", output);
        Assert.Equal(1, exit);
    }
}
