using System.Globalization;
using System.Text;

namespace ReportBuilder.Pdf.Output;

/// <summary>
/// Edits a saved PDF in place and keeps its cross-reference table true: every edit may change
/// the file's length, so each object offset and <c>startxref</c> are moved by the edits before them.
/// </summary>
/// <remarks>
/// Works on what PDFsharp writes: one classic <c>xref</c> table with 20-byte entries, no object
/// streams, no incremental updates. Anything else is refused rather than corrupted.
/// </remarks>
sealed class PdfPatcher(byte[] pdf)
{
    readonly List<(int At, int Length, byte[] With)> _edits = [];

    public byte[] Bytes => pdf;

    public void Replace(int at, int length, byte[] with) => _edits.Add((at, length, with));

    public void Replace(int at, int length, string with) => Replace(at, length, Encoding.Latin1.GetBytes(with));

    /// <summary>Writes the edited file, its xref table and startxref moved to match, to <paramref name="output"/>.</summary>
    public void WriteTo(Stream output)
    {
        if (_edits.Count == 0)
        {
            output.Write(pdf);
            return;
        }
        _edits.Sort((a, b) => a.At.CompareTo(b.At));
        _editAt = null;
        for (var e = 1; e < _edits.Count; e++)
            if (_edits[e].At < _edits[e - 1].At + _edits[e - 1].Length)
                throw new InvalidOperationException($"Overlapping PDF edits at byte {_edits[e].At}.");
        var (xrefAt, startxrefNumberAt, startxrefNumberLength) = FindXref();
        if (_edits.Any(e => e.At + e.Length > xrefAt))
            throw new InvalidOperationException("PDF edits must lie before the cross-reference table.");

        var pos = 0;
        foreach (var (at, length, with) in _edits)
        {
            output.Write(pdf, pos, at - pos);
            output.Write(with);
            pos = at + length;
        }
        output.Write(pdf, pos, xrefAt - pos);

        // Rewrite the xref section: "xref\n0 N\n" then N entries of "oooooooooo ggggg n \n".
        var text = Encoding.Latin1.GetString(pdf, xrefAt, pdf.Length - xrefAt);
        var lines = text.Split('\n');
        if (lines[0] != "xref") throw new InvalidOperationException("Expected 'xref' at the cross-reference offset.");
        // Every edit lies before the table, so it moves by their total change in length (the stream need not seek).
        var newXrefAt = xrefAt + _edits.Sum(e => e.With.Length - e.Length);
        var sb = new StringBuilder(text.Length);
        sb.Append("xref\n");
        var i = 1;
        while (i < lines.Length && !lines[i].StartsWith("trailer", StringComparison.Ordinal))
        {
            var header = lines[i++].Split(' ');
            if (header.Length != 2) throw new InvalidOperationException($"Unexpected xref subsection header '{lines[i - 1]}'.");
            var count = int.Parse(header[1], CultureInfo.InvariantCulture);
            sb.Append(lines[i - 1]).Append('\n');
            for (var k = 0; k < count; k++, i++)
            {
                var entry = lines[i];
                if (entry.Length < 18) throw new InvalidOperationException($"Unexpected xref entry '{entry}'.");
                if (entry[17] == 'n')
                {
                    var offset = long.Parse(entry.AsSpan(0, 10), CultureInfo.InvariantCulture);
                    sb.Append(Shift(offset).ToString("D10", CultureInfo.InvariantCulture)).Append(entry, 10, entry.Length - 10);
                }
                else
                {
                    sb.Append(entry);
                }
                sb.Append('\n');
            }
        }
        // Trailer up to the startxref number, the new number, then the rest.
        var rest = string.Join('\n', lines, i, lines.Length - i);
        var numberInRest = startxrefNumberAt - xrefAt - (text.Length - rest.Length);
        sb.Append(rest, 0, numberInRest);
        sb.Append(newXrefAt.ToString(CultureInfo.InvariantCulture));
        sb.Append(rest, numberInRest + startxrefNumberLength, rest.Length - numberInRest - startxrefNumberLength);
        output.Write(Encoding.Latin1.GetBytes(sb.ToString()));
    }

    /// <summary>Byte offsets of the objects in use, as the xref table gives them.</summary>
    public IEnumerable<int> ObjectOffsets()
    {
        var (xrefAt, _, _) = FindXref();
        var lines = Encoding.Latin1.GetString(pdf, xrefAt, pdf.Length - xrefAt).Split('\n');
        var i = 1;
        while (i < lines.Length && !lines[i].StartsWith("trailer", StringComparison.Ordinal))
        {
            var count = int.Parse(lines[i++].Split(' ')[1], CultureInfo.InvariantCulture);
            for (var k = 0; k < count; k++, i++)
                if (lines[i].Length >= 18 && lines[i][17] == 'n')
                    yield return int.Parse(lines[i].AsSpan(0, 10), CultureInfo.InvariantCulture);
        }
    }

    // Edit positions (sorted) and the total length change of the edits up to and including each.
    int[]? _editAt;
    long[]? _deltaThrough;

    long Shift(long offset)
    {
        if (_editAt is null)
        {
            _editAt = new int[_edits.Count];
            _deltaThrough = new long[_edits.Count];
            long sum = 0;
            for (var i = 0; i < _edits.Count; i++)
            {
                sum += _edits[i].With.Length - _edits[i].Length;
                _editAt[i] = _edits[i].At;
                _deltaThrough[i] = sum;
            }
        }
        // Edits strictly before the offset move it.
        var lo = 0;
        var hi = _editAt.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_editAt[mid] < offset) lo = mid + 1; else hi = mid;
        }
        return lo == 0 ? offset : offset + _deltaThrough![lo - 1];
    }

    (int XrefAt, int NumberAt, int NumberLength) FindXref()
    {
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 1024), Math.Min(1024, pdf.Length));
        var key = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (key < 0) throw new InvalidOperationException("No startxref in the PDF.");
        var numberStart = key + "startxref".Length;
        while (char.IsWhiteSpace(tail[numberStart])) numberStart++;
        var numberEnd = numberStart;
        while (char.IsDigit(tail[numberEnd])) numberEnd++;
        var xrefAt = int.Parse(tail.AsSpan(numberStart, numberEnd - numberStart), CultureInfo.InvariantCulture);
        var tailOffset = Math.Max(0, pdf.Length - 1024);
        if (pdf.AsSpan().Slice(xrefAt).IndexOf("xref"u8) != 0)
            throw new InvalidOperationException("startxref does not point at a classic xref table (object streams are not supported).");
        return (xrefAt, tailOffset + numberStart, numberEnd - numberStart);
    }
}
