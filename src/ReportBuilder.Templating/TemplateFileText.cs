using System.Text;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Files;

namespace ReportBuilder.Templating;

/// <summary>
/// A template set's files as text, read only through the build's <see cref="IInputFileReader"/> (rooted at the
/// templates folder): a link leading out of it, a named pipe called <c>cover.sbn</c> or a file past the size limit is an
/// error naming the file, never a read of <c>/etc/passwd</c> or a wait for ever.
/// </summary>
public static class TemplateFileText
{
    /// <summary>The text of <paramref name="path"/>, or null with an error at the file.</summary>
    public static string? Read(IInputFileReader files, string path, DiagnosticBag diagnostics)
    {
        if (files.TryRead(path, out var refusal) is { } bytes) return Decode(bytes);
        diagnostics.Error(SourceSpan.StartOf(path), DiagnosticCodes.TemplateFileRefused, $"the template set's file is not read: {refusal}");
        return null;
    }

    /// <summary>UTF-8, a byte order mark skipped: what <c>File.ReadAllText</c> gave before, so that the output is the same.</summary>
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
