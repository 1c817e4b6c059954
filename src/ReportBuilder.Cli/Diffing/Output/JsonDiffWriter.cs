using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ReportBuilder.Cli.Diffing.Output;

/// <summary>
/// <c>--format json</c>: the changes as a stable document (<c>"format": 1</c>, documented in docs/diff-format.md):
/// HTML-significant characters escaped as \u, properties always in the same order, absent values left out, two-space indents and "\n" line ends on every OS.
/// </summary>
public static class JsonDiffWriter
{
    public const int Format = 1;

    public static void Write(ReportDiff diff, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            Side(json, "old", diff.OldName, diff.OldPages);
            Side(json, "new", diff.NewName, diff.NewPages);
            json.WriteBoolean("changed", diff.HasChanges);
            json.WriteStartArray("changes");
            foreach (var change in diff.Changes) Change(json, change);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    private static void Side(Utf8JsonWriter json, string name, string folder, int? pages)
    {
        json.WriteStartObject(name);
        json.WriteString("folder", folder);
        if (pages is { } p) json.WriteNumber("pages", p);
        json.WriteEndObject();
    }

    private static void Change(Utf8JsonWriter json, SectionChange change)
    {
        json.WriteStartObject();
        json.WriteString("section", change.Section.Key);
        json.WriteString("sectionTitle", change.Section.Title);
        json.WriteString("kind", change.Kind);
        json.WriteString("action", TextDiffWriter.Verb(change.Action));
        json.WriteString("label", change.Label);
        if (change.Old is not null) json.WriteString("old", change.Old);
        if (change.New is not null) json.WriteString("new", change.New);
        if (change.Detail is not null) json.WriteString("detail", change.Detail);
        if (change.Words is not null)
        {
            json.WriteStartArray("words");
            foreach (var word in change.Words)
            {
                json.WriteStartObject();
                json.WriteString("text", word.Text);
                json.WriteString("state", word.State switch { DiffWordState.Removed => "removed", DiffWordState.Added => "added", _ => "same" });
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (change.Pages.IsKnown)
        {
            json.WriteStartObject("pages");
            if (change.Pages.Old is { } o) json.WriteNumber("old", o);
            if (change.Pages.New is { } n) json.WriteNumber("new", n);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }
}
