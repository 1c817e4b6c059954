namespace ReportBuilder.Core.Files;

/// <summary>
/// The one way a stage reads a file it was given: a report file, a template, a template set's YAML, a font. Data's
/// <c>ReportFileReader</c> is the implementation (the real path inside its root folder, a regular file only, the size
/// limit while reading, the time limit between pieces); Core names only the contract, so that Templating, which does
/// not reference Data, reads through the same checks.
/// </summary>
public interface IInputFileReader
{
    /// <summary>The file's bytes; null, with why in words (<paramref name="refusal"/>), when it is refused or unreadable.</summary>
    byte[]? TryRead(string path, out string refusal);
}
