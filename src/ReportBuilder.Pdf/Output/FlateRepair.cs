using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportBuilder.Pdf.Output;

/// <summary>
/// Re-encodes PDFsharp's Flate streams as complete zlib streams.
/// </summary>
/// <remarks>
/// PDFsharp 6.2.4 ends its deflate output without the final block and Adler-32 checksum: viewers
/// cope, but <c>qpdf --check</c> warns on every stream ("input stream is complete but output may
/// still be valid") and strict validators may not cope. Each stream filtered only by /FlateDecode is
/// inflated and deflated again with .NET's zlib, and its /Length is corrected. Predictor parameters
/// are untouched: they apply to the inflated bytes, which do not change.
/// </remarks>
static partial class FlateRepair
{
    [GeneratedRegex(@"\G\d+ \d+ obj\s*<<")]
    private static partial Regex ObjectStart();

    [GeneratedRegex(@"/Length (\d+)(?![\d ]*R)")]
    private static partial Regex DirectLength();

    public static void Apply(PdfPatcher patcher)
    {
        var pdf = patcher.Bytes;
        var text = Encoding.Latin1.GetString(pdf);
        foreach (var offset in patcher.ObjectOffsets())
        {
            if (!ObjectStart().IsMatch(text, offset)) continue;
            var dictStart = text.IndexOf("<<", offset, StringComparison.Ordinal);
            var dictEnd = DictionaryEnd(text, dictStart);
            if (dictEnd < 0) continue;
            var dict = text.AsSpan(dictStart, dictEnd - dictStart);
            // Only streams whose sole filter is FlateDecode.
            if (!dict.Contains("/Filter/FlateDecode", StringComparison.Ordinal) && !dict.Contains("/Filter /FlateDecode", StringComparison.Ordinal))
                continue;
            var streamAt = SkipToStreamData(text, dictEnd);
            if (streamAt < 0) continue;
            var lengthMatch = DirectLength().Match(text, dictStart, dictEnd - dictStart);
            if (!lengthMatch.Success) continue;
            var length = int.Parse(lengthMatch.Groups[1].Value, CultureInfo.InvariantCulture);
            var data = Reencode(pdf.AsSpan(streamAt, length));
            if (data is null) continue;
            patcher.Replace(lengthMatch.Groups[1].Index, lengthMatch.Groups[1].Length, data.Length.ToString(CultureInfo.InvariantCulture));
            patcher.Replace(streamAt, length, data);
        }
    }

    static int DictionaryEnd(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length - 1; i++)
        {
            if (text[i] == '(')
            {
                // Skip a literal string, minding escapes and nesting.
                var nest = 0;
                for (; i < text.Length; i++)
                {
                    if (text[i] == '\\') { i++; continue; }
                    if (text[i] == '(') nest++;
                    else if (text[i] == ')' && --nest == 0) break;
                }
                continue;
            }
            if (text[i] == '<' && text[i + 1] == '<') { depth++; i++; }
            else if (text[i] == '>' && text[i + 1] == '>') { depth--; i++; if (depth == 0) return i + 1; }
        }
        return -1;
    }

    static int SkipToStreamData(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] is ' ' or '\r' or '\n') i++;
        if (string.CompareOrdinal(text, i, "stream", 0, 6) != 0) return -1;
        i += 6;
        if (text[i] == '\r') i++;
        if (text[i] == '\n') i++;
        return i;
    }

    static byte[]? Reencode(ReadOnlySpan<byte> compressed)
    {
        byte[] inflated;
        try
        {
            using var input = new ZLibStream(new MemoryStream(compressed.ToArray()), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            inflated = buffer.ToArray();
        }
        catch (InvalidDataException)
        {
            return null; // Not ours to judge: leave a stream we cannot read as it is.
        }
        using var output = new MemoryStream(compressed.Length + 64);
        using (var z = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
            z.Write(inflated);
        return output.ToArray();
    }
}
