namespace ReportBuilder.Templating.Scriban;

/// <summary>
/// Text that is already Markdown in our dialect, so the template engine writes it as it is: what the <c>report</c>
/// helpers build (an escaped value, a rating label, a narrative block) and the Markdown the loader read from a
/// report's Markdown files (the recommendations). Every other string a template prints is data and is escaped
/// by <see cref="MarkdownTemplateContext"/>.
/// </summary>
public sealed class MarkdownText(string value) : IFormattable
{
    public string Value { get; } = value;

    public override string ToString() => Value;

    // Scriban converts a value to text through IFormattable before ToString (concatenation, string functions).
    public string ToString(string? format, IFormatProvider? formatProvider) => Value;
}
