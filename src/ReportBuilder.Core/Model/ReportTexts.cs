namespace ReportBuilder.Core.Model;

/// <summary>The narrative chapters under <c>text/</c>; domain introductions live on <see cref="Domain"/>.</summary>
public sealed record ReportTexts(
    MarkdownSource Foreword,
    MarkdownSource Background,
    MarkdownSource Involvement,
    MarkdownSource Diversity,
    MarkdownSource FurtherInformation);
