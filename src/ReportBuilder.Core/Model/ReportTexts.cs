namespace ReportBuilder.Core.Model;

/// <summary>
/// The narrative chapters under <c>text/</c>; domain introductions live on <see cref="Domain"/>. A chapter is null
/// when the folder leaves it out and the template set does not require it: its section is then left out.
/// </summary>
public sealed record ReportTexts(
    MarkdownSource? Foreword,
    MarkdownSource? Background,
    MarkdownSource? Involvement,
    MarkdownSource? Diversity,
    MarkdownSource? FurtherInformation);
