using CsvHelper;
using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Data.Loading;

/// <summary>
/// Reads a CSV file with CsvHelper 34 (RFC 4180 quoting, comma separator, header row) and checks it against the
/// columns a file may have: unknown, missing and duplicate columns, rows with too many or too few fields, broken
/// quoting. Positions come from CsvHelper's physical line numbers plus a scan of the row's own text for columns.
/// </summary>
internal static class CsvTableReader
{
    public const char CommentPrefix = '#';

    public static CsvTable? Read(SourceFile file, IReadOnlyList<string> required, IReadOnlyList<string> optional, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(file.Text))
        {
            diagnostics.Error(SourceSpan.StartOf(file.DisplayPath), DiagnosticCodes.EmptyFile,
                $"the file is empty; expected a header line '{string.Join(',', required)}' and one row per line");
            return null;
        }

        var malformed = new List<CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            // A line starting with '#' is a note for the people editing the file (reportbuilder new writes its
            // placeholders there): no standard id or column name starts with '#', so no valid file changes meaning.
            CommentPrefix = CommentPrefix,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = record => malformed.Add(record),
        };

        var rawRows = new List<(int Line, string[] Fields)>();
        string[] headers;
        int headerLine = FirstNonEmptyLine(file);
        try
        {
            using var reader = CsvReader.FromText(file.Text, options);
            headers = reader.Headers.ToArray();
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++) fields[i] = reader.GetString(i);
                rawRows.Add(((int)reader.LineNumber, fields));
            }
        }
        catch (CsvFormatException e)
        {
            var line = e.LineNumber > 0 ? (int)e.LineNumber : 1;
            diagnostics.Error(new SourceSpan(file.DisplayPath, line, 1), DiagnosticCodes.CsvSyntax, $"CSV syntax error: {e.Message}");
            return null;
        }

        foreach (var record in malformed)
        {
            var line = record.LineNumber > 0 ? (int)record.LineNumber : 1;
            diagnostics.Error(new SourceSpan(file.DisplayPath, line, 1), DiagnosticCodes.CsvSyntax, record.Reason switch
            {
                CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed: add the closing double quote (\")",
                CsvMalformedReason.StrayQuote => "a double quote (\") inside an unquoted field: quote the whole field and double the inner quotes (\"\")",
                CsvMalformedReason.TextAfterClosingQuote => "text after a closing double quote: double the inner quotes (\"\") or move the comma",
                _ => $"malformed CSV row ({record.Reason})",
            });
        }

        if (headers.Length == 1 && (headers[0].Contains(';') || headers[0].Contains('\t')))
        {
            var separator = headers[0].Contains(';') ? "semicolons (;)" : "tabs";
            diagnostics.Error(new SourceSpan(file.DisplayPath, headerLine, 1), DiagnosticCodes.CsvSyntax,
                $"the values are separated by {separator}; separate them by commas (in a spreadsheet: save as 'CSV UTF-8 (comma delimited)')");
            return null;
        }

        var headerSpans = FieldSpans(file, headerLine);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var all = required.Concat(optional).ToList();
        for (var i = 0; i < headers.Length; i++)
        {
            var name = headers[i].Trim();
            var span = i < headerSpans.Length ? headerSpans[i] : new SourceSpan(file.DisplayPath, headerLine, 1);
            if (!all.Contains(name))
                diagnostics.Error(span, DiagnosticCodes.CsvUnknownColumn,
                    $"unknown column '{name}'{Suggestions.DidYouMean(name, all)}; the columns are {string.Join(", ", all)}");
            else if (!columns.TryAdd(name, i))
                diagnostics.Error(span, DiagnosticCodes.CsvDuplicateColumn, $"column '{name}' appears twice");
        }
        var missing = required.Where(name => !columns.ContainsKey(name)).ToList();
        foreach (var name in missing)
            diagnostics.Error(new SourceSpan(file.DisplayPath, headerLine, 1), DiagnosticCodes.CsvMissingColumn,
                $"missing column '{name}'; the header must name {string.Join(", ", required)}");
        // Without a required column every row would be reported too; the header is the one thing to fix.
        if (missing.Count > 0) return null;

        var rows = new List<CsvRow>();
        foreach (var (line, fields) in rawRows)
        {
            var span = new SourceSpan(file.DisplayPath, line, 1);
            if (fields.Length != headers.Length && !malformed.Any(m => m.LineNumber == line))
            {
                var hint = fields.Length > headers.Length
                    ? ": put a value that contains a comma in double quotes"
                    : "";
                diagnostics.Error(span, DiagnosticCodes.CsvFieldCount,
                    $"the row has {fields.Length} fields but the header has {headers.Length}{hint}");
                continue;
            }
            rows.Add(new CsvRow(columns, fields, FieldSpans(file, line), span));
        }
        return new CsvTable(file, headers, rows);
    }

    private static int FirstNonEmptyLine(SourceFile file)
    {
        for (var i = 0; i < file.Lines.Length; i++)
            if (file.Lines[i].Trim().Length > 0 && !file.Lines[i].StartsWith(CommentPrefix)) return i + 1;
        return 1;
    }

    /// <summary>
    /// Where each field of the record starting at <paramref name="line"/> begins, scanning RFC 4180 quoting
    /// (a quoted field may span lines; "" is an escaped quote).
    /// </summary>
    internal static SourceSpan[] FieldSpans(SourceFile file, int line)
    {
        var spans = new List<SourceSpan>();
        var lines = file.Lines;
        var l = line - 1;
        if (l < 0 || l >= lines.Length) return [];
        var c = 0;
        spans.Add(new SourceSpan(file.DisplayPath, l + 1, 1));
        var atFieldStart = true;
        var inQuotes = false;
        while (l < lines.Length)
        {
            var text = lines[l];
            if (c >= text.Length)
            {
                if (!inQuotes) break;
                l++;
                c = 0;
                continue;
            }
            var ch = text[c];
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (c + 1 < text.Length && text[c + 1] == '"') c++;
                    else inQuotes = false;
                }
            }
            else if (ch == '"' && atFieldStart) inQuotes = true;
            else if (ch == ',')
            {
                spans.Add(new SourceSpan(file.DisplayPath, l + 1, c + 2));
                atFieldStart = true;
                c++;
                continue;
            }
            if (ch != ' ') atFieldStart = false;
            c++;
        }
        return spans.ToArray();
    }
}
