using System.Text;
using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Data.Loading;

/// <summary>
/// Reads a hand-edited file as UTF-8 (with or without a byte order mark). Files saved as UTF-16 or in a legacy
/// 8-bit code page are rejected with a message that says how to fix them, instead of being read as garbage.
/// </summary>
internal static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads through <paramref name="reader"/> (real path inside the folder, regular file, size limit) and decodes.</summary>
    public static SourceFile? Read(Reading.ReportFileReader reader, string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var read = reader.Read(fullPath);
        if (read.Bytes is null)
        {
            var code = read.Refusal switch
            {
                Reading.FileRefusal.Outside => DiagnosticCodes.LinkOutsideFolder,
                Reading.FileRefusal.TooLarge => DiagnosticCodes.FileTooLarge,
                Reading.FileRefusal.NotAFile => DiagnosticCodes.NotARegularFile,
                _ => DiagnosticCodes.MissingFile,
            };
            diagnostics.Error(SourceSpan.StartOf(displayPath), code, read.Reason!);
            return null;
        }
        return Decode(read.Bytes, displayPath, diagnostics);
    }

    public static SourceFile? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var start = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) start = 3;
        else if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) || LooksLikeUtf16(bytes))
        {
            diagnostics.Error(SourceSpan.StartOf(displayPath), DiagnosticCodes.Encoding,
                "the file is encoded as UTF-16; save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)");
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var badByte = offset < bytes.Length ? bytes[offset] : (byte)0;
            var (line, column) = PositionOf(bytes, start, offset);
            diagnostics.Error(new SourceSpan(displayPath, line, column), DiagnosticCodes.Encoding,
                $"the file is not valid UTF-8 (byte 0x{badByte:X2}); it looks like Latin-1 or Windows-1252: save it as UTF-8");
            return null;
        }

        if (text.Contains('\0'))
        {
            diagnostics.Error(SourceSpan.StartOf(displayPath), DiagnosticCodes.Encoding,
                "the file contains NUL characters; it is not a text file saved as UTF-8");
            return null;
        }
        return new SourceFile(displayPath, NormaliseLineEndings(text));
    }

    private static string NormaliseLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>UTF-16 without a byte order mark: ASCII text then has a zero in every other byte.</summary>
    private static bool LooksLikeUtf16(byte[] bytes)
    {
        var sample = Math.Min(bytes.Length, 64);
        if (sample < 4) return false;
        var zeros = 0;
        for (var i = 0; i < sample; i++) if (bytes[i] == 0) zeros++;
        return zeros >= sample / 4;
    }

    /// <summary>The 1-based line and column (in characters) of a byte offset, decoding the valid prefix.</summary>
    private static (int Line, int Column) PositionOf(byte[] bytes, int start, int offset)
    {
        var prefix = Encoding.UTF8.GetString(bytes, start, Math.Max(0, offset - start));
        var line = 1;
        var lastBreak = -1;
        for (var i = 0; i < prefix.Length; i++)
            if (prefix[i] == '\n') { line++; lastBreak = i; }
        return (line, prefix.Length - lastBreak);
    }
}
